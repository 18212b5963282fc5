using System.Management.Automation;
using CwLogs.PowerShell.Tests.Infrastructure;
using Xunit;

namespace CwLogs.PowerShell.Tests;

/// <summary>
/// Credential and region conventions as a PowerShell user meets them, checked at the emulator
/// through the SigV4 scope each call was signed with. These sessions have no emulator defaults.
/// </summary>
public sealed class CredentialTests : PsTest
{
    private const string StoredSecret = "stored-secret-must-not-leak";

    public CredentialTests(EmulatorFixture fixture) : base(fixture) { }

    private PsResult RunBare(string script)
    {
        using var bare = new PsSession(emulatorDefaults: null);
        return bare.Run(script);
    }

    private string LastAuthorization() => Emulator.Journal.Entries.Last().Authorization ?? "";

    [Fact]
    public void ExplicitKeysSignWithTheGivenRegion()
    {
        var result = RunBare($"Get-CwLogGroup -EndpointUrl '{Emulator.Endpoint}' -Region eu-west-3 -AK AKIDEXPLICIT0001 -SK secret-explicit -Verbose");
        Assert.Empty(result.Errors);
        Assert.Contains("Credential=AKIDEXPLICIT0001/", LastAuthorization());
        Assert.Contains("/eu-west-3/logs/aws4_request", LastAuthorization());
        Assert.Contains(result.Verbose, v => v.Contains("-AccessKey/-SecretKey"));
        Assert.DoesNotContain("secret-explicit", result.AllText());
    }

    [Fact]
    public void StoredCredentialsFromAnotherAwsSdkAreUsed()
    {
        // AWS.Tools' Set-AWSCredential leaves an AWSCredentials object of its own SDK copy (3.7) here.
        var result = RunBare($@"
$null = [System.Reflection.Assembly]::LoadFrom('{RepoPaths.OtherAwsSdkCore}')
$StoredAWSCredentials = [Amazon.Runtime.BasicAWSCredentials]::new('AKIDSTOREDTOOLS01', '{StoredSecret}')
$StoredAWSRegion = 'ap-southeast-2'
Get-CwLogGroup -EndpointUrl '{Emulator.Endpoint}' -Verbose");

        Assert.Empty(result.Errors);
        Assert.Contains("Credential=AKIDSTOREDTOOLS01/", LastAuthorization());
        Assert.Contains("/ap-southeast-2/logs/aws4_request", LastAuthorization());
        Assert.Contains(result.Verbose, v => v.Contains("$StoredAWSCredentials"));
        Assert.Contains(result.Verbose, v => v.Contains("$StoredAWSRegion"));
        Assert.DoesNotContain(StoredSecret, result.AllText());
    }

    [Fact]
    public void ExplicitKeysBeatStoredCredentials()
    {
        var result = RunBare($@"
$StoredAWSCredentials = [pscredential]::new('AKIDSTOREDPSCRED1', [System.Net.NetworkCredential]::new('', 'x').SecurePassword)
Get-CwLogGroup -EndpointUrl '{Emulator.Endpoint}' -Region us-east-2 -AccessKey AKIDWINSOVERSTORE -SecretKey s");
        Assert.Empty(result.Errors);
        Assert.Contains("Credential=AKIDWINSOVERSTORE/", LastAuthorization());
    }

    [Fact]
    public void PSCredentialWorksAsCredential()
    {
        var result = RunBare($@"
$cred = [pscredential]::new('AKIDFROMPSCRED01', [System.Net.NetworkCredential]::new('', 'pscred-secret').SecurePassword)
Get-CwLogGroup -EndpointUrl '{Emulator.Endpoint}' -Region us-east-2 -Credential $cred -Verbose -Debug");
        Assert.Empty(result.Errors);
        Assert.Contains("Credential=AKIDFROMPSCRED01/", LastAuthorization());
        Assert.DoesNotContain("pscred-secret", result.AllText());
    }

    [Fact]
    public void ProfileFromAGivenFileIsUsedAndAMissingOneIsAnError()
    {
        var file = Path.Combine(Path.GetTempPath(), "cwlogs-profiles-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(file, "[ops]\naws_access_key_id = AKIDPROFILEOPS01\naws_secret_access_key = profile-secret\nregion = ca-central-1\n");
        try
        {
            var ok = RunBare($"Get-CwLogGroup -EndpointUrl '{Emulator.Endpoint}' -ProfileName ops -ProfileLocation '{file}'");
            Assert.Empty(ok.Errors);
            Assert.Contains("Credential=AKIDPROFILEOPS01/", LastAuthorization());
            Assert.Contains("/ca-central-1/logs/aws4_request", LastAuthorization());

            var calls = Emulator.Journal.Entries.Count;
            var missing = RunBare($"Get-CwLogGroup -EndpointUrl '{Emulator.Endpoint}' -ProfileName nosuch -ProfileLocation '{file}' -AccessKey '' ");
            var error = Assert.Single(missing.Errors);
            Assert.Equal("InvalidAwsContext,CwLogs.Commands.GetCwLogGroupCommand", error.FullyQualifiedErrorId);
            Assert.Contains("nosuch", error.ToString());
            Assert.Equal(calls, Emulator.Journal.Entries.Count);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void HalfAKeyPairIsRefusedBeforeAnyCall()
    {
        var result = RunBare($"Get-CwLogGroup -EndpointUrl '{Emulator.Endpoint}' -Region us-east-2 -AccessKey AKIDONLYHALF0001");
        var error = Assert.Single(result.Errors);
        Assert.Equal("InvalidAwsContext,CwLogs.Commands.GetCwLogGroupCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Empty(Emulator.Journal.Entries);
    }

    [Fact]
    public void SessionTokenIsSentButNeverShown()
    {
        var result = RunBare($"Get-CwLogGroup -LogGroupName nothing-here -EndpointUrl '{Emulator.Endpoint}' -Region us-east-2 -AK AKIDSESSION00001 -SK sess-secret -ST the-session-token -Verbose -Debug");
        Assert.Equal("the-session-token", Emulator.Journal.Entries.Last().SecurityToken);
        Assert.Single(result.Errors);
        var text = result.AllText();
        Assert.DoesNotContain("the-session-token", text);
        Assert.DoesNotContain("sess-secret", text);
    }

    [Fact]
    public void RoleProfileAssumesTheRoleThroughStsFromInsideTheModulesLoadContext()
    {
        // role_arn profiles need AWSSDK.SecurityToken, which ships in the module's own load context.
        var file = Path.Combine(Path.GetTempPath(), "cwlogs-role-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(file, "[base]\naws_access_key_id = AKIDROLESOURCE01\naws_secret_access_key = base-secret\n\n" +
                                "[deployer]\nrole_arn = arn:aws:iam::123456789012:role/deployer\nsource_profile = base\nregion = us-east-2\n");
        var previous = Environment.GetEnvironmentVariable("AWS_ENDPOINT_URL_STS");
        Environment.SetEnvironmentVariable("AWS_ENDPOINT_URL_STS", Emulator.Endpoint.ToString());
        try
        {
            var result = RunBare($"Get-CwLogGroup -EndpointUrl '{Emulator.Endpoint}' -ProfileName deployer -ProfileLocation '{file}' -Verbose");

            Assert.True(result.Errors.Count == 0, string.Join("\n", result.Errors));
            var assume = Assert.Single(Emulator.Journal.Entries, e => e.Operation == "sts:AssumeRole");
            Assert.Contains("Credential=AKIDROLESOURCE01/", assume.Authorization);
            var call = Emulator.Journal.Entries.Last();
            Assert.Equal("DescribeLogGroups", call.Operation);
            Assert.Contains("Credential=ASIAEMULATORROLE01/", call.Authorization);
            Assert.Equal("emulator-role-session-token", call.SecurityToken);
            Assert.DoesNotContain("emulator-role-secret", result.AllText());
            Assert.DoesNotContain("base-secret", result.AllText());
        }
        finally
        {
            Environment.SetEnvironmentVariable("AWS_ENDPOINT_URL_STS", previous);
            File.Delete(file);
        }
    }

    /// <summary>A shared credentials file and the config file beside it, in a fresh folder.</summary>
    private static string WriteProfiles(string credentials, string config)
    {
        var folder = Path.Combine(Path.GetTempPath(), "cwlogs-creds-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "config"), config);
        var file = Path.Combine(folder, "credentials");
        File.WriteAllText(file, credentials);
        return file;
    }

    private void AssertCredentialFailure(PsResult result, string profile, string remedy)
    {
        var error = Assert.Single(result.Errors);
        Assert.Equal("CredentialsUnavailable,CwLogs.Commands.GetCwLogGroupCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.AuthenticationError, error.CategoryInfo.Category);
        Assert.Contains($"'{profile}'", error.ToString());
        Assert.Contains(remedy, error.ToString());
        Assert.Equal(0, Emulator.Journal.Count("DescribeLogGroups"));
    }

    [Fact]
    public void SsoProfileWithoutATokenIsAnAuthenticationErrorThatSaysHowToSignIn()
    {
        // A session name nobody has signed in to, so ~/.aws/sso/cache holds no token for it.
        var session = "cwlogs-test-" + Guid.NewGuid().ToString("N");
        var file = WriteProfiles("", $"[profile corp-dev]\nsso_session = {session}\nsso_account_id = 123456789012\nsso_role_name = Admin\nregion = us-east-2\n\n" +
                                     $"[sso-session {session}]\nsso_start_url = https://{session}.awsapps.com/start\nsso_region = us-east-1\n");

        var result = RunBare($"Get-CwLogGroup -EndpointUrl '{Emulator.Endpoint}' -ProfileName corp-dev -ProfileLocation '{file}'");

        AssertCredentialFailure(result, "corp-dev", "aws sso login --profile corp-dev");
    }

    [Fact]
    public void DeniedAssumeRoleIsAnAuthenticationErrorNamingTheProfileAndRole()
    {
        var file = WriteProfiles("[base]\naws_access_key_id = AKIDROLESOURCE02\naws_secret_access_key = base-secret-2\n",
            "[profile deployer]\nrole_arn = arn:aws:iam::123456789012:role/denied\nsource_profile = base\nregion = us-east-2\n");
        var previous = Environment.GetEnvironmentVariable("AWS_ENDPOINT_URL_STS");
        Environment.SetEnvironmentVariable("AWS_ENDPOINT_URL_STS", Emulator.Endpoint.ToString());
        Emulator.Faults.DenyAssumeRole = true;
        try
        {
            var result = RunBare($"Get-CwLogGroup -EndpointUrl '{Emulator.Endpoint}' -ProfileName deployer -ProfileLocation '{file}'");

            AssertCredentialFailure(result, "deployer", "arn:aws:iam::123456789012:role/denied");
            Assert.Contains("not authorized to perform: sts:AssumeRole", result.Errors[0].ToString());
            Assert.DoesNotContain("base-secret-2", result.AllText());
        }
        finally
        {
            Environment.SetEnvironmentVariable("AWS_ENDPOINT_URL_STS", previous);
        }
    }

    [Fact]
    public void FailingCredentialProcessIsAnAuthenticationErrorNamingTheProfile()
    {
        var script = Path.Combine(Path.GetTempPath(), "cwlogs-process-" + Guid.NewGuid().ToString("N") + ".sh");
        File.WriteAllText(script, "#!/bin/sh\necho 'session expired' >&2\nexit 1\n");
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var file = WriteProfiles("", $"[profile tool]\ncredential_process = {script}\nregion = us-east-2\n");

        var result = RunBare($"Get-CwLogGroup -EndpointUrl '{Emulator.Endpoint}' -ProfileName tool -ProfileLocation '{file}'");

        AssertCredentialFailure(result, "tool", "credential_process");
        Assert.Contains("session expired", result.Errors[0].ToString());
    }

    [Fact]
    public void ExpiredTokenEndsThePipelineOnceInsteadOfFailingEveryItem()
    {
        Emulator.Faults.ExpireTokenNext(10, "DescribeLogStreams");

        var result = Session.Run("'grp-a','grp-b','grp-c' | Get-CwLogStream");

        var error = Assert.Single(result.Errors);
        Assert.Equal("ExpiredToken,CwLogs.Commands.GetCwLogStreamCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.AuthenticationError, error.CategoryInfo.Category);
        Assert.Contains("-AccessKey", error.ToString());
        var calls = Emulator.Journal.Entries.Where(e => e.Operation == "DescribeLogStreams").ToList();
        Assert.NotEmpty(calls);
        Assert.All(calls, c => Assert.Contains("grp-a", c.Body));
        Assert.DoesNotContain(PsSession.TestSecretKey, result.AllText());
    }

    [Fact]
    public void CredentialsThatFailDuringTheCallAreAnAuthenticationErrorNotANetworkError()
    {
        // Succeeds once (the check before the first call) with credentials about to expire, so the
        // SDK fetches again while signing the call, and then fails.
        var script = Path.Combine(Path.GetTempPath(), "cwlogs-once-" + Guid.NewGuid().ToString("N") + ".sh");
        var expiration = DateTime.UtcNow.AddMinutes(1).ToString("yyyy-MM-ddTHH:mm:ssZ");
        File.WriteAllText(script, "#!/bin/sh\nif [ -f \"$0.used\" ]; then echo 'sign-in expired' >&2; exit 1; fi\ntouch \"$0.used\"\n" +
            $"echo '{{\"Version\":1,\"AccessKeyId\":\"AKIDPROCESSONCE1\",\"SecretAccessKey\":\"process-once-secret\",\"SessionToken\":\"t\",\"Expiration\":\"{expiration}\"}}'\n");
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var file = WriteProfiles("", $"[profile once]\ncredential_process = {script}\nregion = us-east-2\n");

        var result = RunBare($"Get-CwLogGroup -EndpointUrl '{Emulator.Endpoint}' -ProfileName once -ProfileLocation '{file}'");

        var error = Assert.Single(result.Errors);
        Assert.Equal("CredentialsUnavailable,CwLogs.Commands.GetCwLogGroupCommand", error.FullyQualifiedErrorId);
        Assert.Contains("sign-in expired", error.ToString());
        Assert.DoesNotContain("process-once-secret", result.AllText());
    }
}
