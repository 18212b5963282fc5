using System.Management.Automation;
using System.Net;
using Amazon.Runtime;
using CwLogs.Infrastructure.Credentials;
using CwLogs.Tests.Support;
using Xunit;

namespace CwLogs.Tests;

/// <summary>
/// AwsContextResolver's credential order: explicit keys, -ProfileName, -Credential,
/// $StoredAWSCredentials, then the SDK default chain; and no secret in any message.
/// </summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class CredentialResolutionTests : IDisposable
{
    private const string KeysAccess = "AKIAKEYSPARAMETER001";
    private const string KeysSecret = "keys-secret-0000000000000000000000000001";
    private const string ProfileAccess = "AKIAPROFILEFILE00002";
    private const string ProfileSecret = "profile-secret-00000000000000000000000002";
    private const string EnvAccess = "AKIAENVIRONMENT00003";
    private const string EnvSecret = "env-secret-000000000000000000000000000003";
    private const string SessionToken = "session-token-0000000000000000000000000004";

    private readonly ProcessEnvironment _env = new();
    private readonly List<string> _variablesRead = new();
    private readonly string _profiles;

    public CredentialResolutionTests()
    {
        _profiles = _env.WriteFile("profiles.ini", $"""
            [work]
            aws_access_key_id = {ProfileAccess}
            aws_secret_access_key = {ProfileSecret}
            region = eu-west-1
            """);
    }

    public void Dispose() => _env.Dispose();

    private static PSCredential PsCredential(string accessKey, string secret)
        => new(accessKey, new NetworkCredential("", secret).SecurePassword);

    private ResolvedAwsContext Resolve(AwsParameterValues values, object? storedCredentials = null, object? storedRegion = null)
        => AwsContextResolver.Resolve(values with { Region = values.Region ?? "us-east-2" }, name =>
        {
            _variablesRead.Add(name);
            return name switch
            {
                AwsContextResolver.StoredCredentialsVariable => storedCredentials,
                AwsContextResolver.StoredRegionVariable => storedRegion,
                CallTimeout.SessionVariable => null,
                _ => throw new Xunit.Sdk.XunitException($"unexpected session variable {name}"),
            };
        });

    private static ImmutableCredentials Keys(ResolvedAwsContext context) => context.Credentials.GetCredentials();

    private static void AssertNoSecrets(string text)
    {
        foreach (var secret in new[] { KeysSecret, ProfileSecret, EnvSecret, SessionToken })
            Assert.DoesNotContain(secret, text);
    }

    private static void AssertNoSecrets(ResolvedAwsContext context)
    {
        AssertNoSecrets(context.CredentialSource);
        AssertNoSecrets(context.RegionSource);
        if (context.CredentialIdentity is string identity) AssertNoSecrets(identity);
    }

    [Fact]
    public void ExplicitKeysBeatEverythingElse()
    {
        _env.Set("AWS_ACCESS_KEY_ID", EnvAccess);
        _env.Set("AWS_SECRET_ACCESS_KEY", EnvSecret);

        var context = Resolve(new AwsParameterValues
        {
            AccessKey = KeysAccess, SecretKey = KeysSecret,
            ProfileName = "no-such-profile", Credential = PsCredential(ProfileAccess, ProfileSecret),
        }, storedCredentials: new BasicAWSCredentials(EnvAccess, EnvSecret));

        Assert.IsType<BasicAWSCredentials>(context.Credentials);
        Assert.Equal(KeysAccess, Keys(context).AccessKey);
        Assert.Equal(KeysSecret, Keys(context).SecretKey);
        Assert.Contains("-AccessKey", context.CredentialSource);
        Assert.Contains(AwsContextResolver.Mask(KeysAccess), context.CredentialSource);
        Assert.DoesNotContain(AwsContextResolver.StoredCredentialsVariable, _variablesRead);
        AssertNoSecrets(context);
    }

    [Fact]
    public void ExplicitKeysWithSessionTokenGiveSessionCredentials()
    {
        var context = Resolve(new AwsParameterValues { AccessKey = KeysAccess, SecretKey = KeysSecret, SessionToken = SessionToken });

        Assert.IsType<SessionAWSCredentials>(context.Credentials);
        Assert.Equal(SessionToken, Keys(context).Token);
        AssertNoSecrets(context);
    }

    [Fact]
    public void DifferentSecretsForOneAccessKeyGetDifferentIdentities()
    {
        var first = Resolve(new AwsParameterValues { AccessKey = KeysAccess, SecretKey = KeysSecret });
        var second = Resolve(new AwsParameterValues { AccessKey = KeysAccess, SecretKey = ProfileSecret });

        Assert.NotEqual(first.CredentialIdentity, second.CredentialIdentity);
        Assert.Equal(first.CredentialIdentity, Resolve(new AwsParameterValues { AccessKey = KeysAccess, SecretKey = KeysSecret }).CredentialIdentity);
    }

    [Fact]
    public void ProfileBeatsCredentialAndStoredCredentials()
    {
        var context = Resolve(new AwsParameterValues
        {
            ProfileName = "work", ProfileLocation = _profiles, Credential = PsCredential(KeysAccess, KeysSecret),
        }, storedCredentials: new BasicAWSCredentials(EnvAccess, EnvSecret));

        Assert.Equal(ProfileAccess, Keys(context).AccessKey);
        Assert.Equal(ProfileSecret, Keys(context).SecretKey);
        Assert.Equal("profile 'work' (the -ProfileName parameter)", context.CredentialSource);
        Assert.DoesNotContain(AwsContextResolver.StoredCredentialsVariable, _variablesRead);
        AssertNoSecrets(context);
    }

    [Fact]
    public void CredentialBeatsStoredCredentials()
    {
        var given = new BasicAWSCredentials(KeysAccess, KeysSecret);

        var context = Resolve(new AwsParameterValues { Credential = given }, storedCredentials: new BasicAWSCredentials(EnvAccess, EnvSecret));

        Assert.Same(given, context.Credentials);
        Assert.StartsWith("the -Credential parameter", context.CredentialSource);
        Assert.DoesNotContain(AwsContextResolver.StoredCredentialsVariable, _variablesRead);
    }

    [Fact]
    public void StoredCredentialsBeatTheDefaultChain()
    {
        _env.Set("AWS_ACCESS_KEY_ID", EnvAccess);
        _env.Set("AWS_SECRET_ACCESS_KEY", EnvSecret);
        var stored = new BasicAWSCredentials(KeysAccess, KeysSecret);

        var context = Resolve(new AwsParameterValues(), storedCredentials: PSObject.AsPSObject(stored));

        Assert.Same(stored, context.Credentials);
        Assert.StartsWith("$StoredAWSCredentials", context.CredentialSource);
    }

    [Fact]
    public void DefaultChainReadsEnvironmentKeys()
    {
        _env.Set("AWS_ACCESS_KEY_ID", EnvAccess);
        _env.Set("AWS_SECRET_ACCESS_KEY", EnvSecret);
        _env.Set("AWS_SESSION_TOKEN", SessionToken);

        var context = Resolve(new AwsParameterValues());

        var keys = Keys(context);
        Assert.Equal(EnvAccess, keys.AccessKey);
        Assert.Equal(EnvSecret, keys.SecretKey);
        Assert.Equal(SessionToken, keys.Token);
        Assert.StartsWith("the SDK default chain", context.CredentialSource);
        Assert.Contains(AwsContextResolver.StoredCredentialsVariable, _variablesRead);
        AssertNoSecrets(context);
    }

    [Fact]
    public void DefaultChainReadsTheProfileNamedByAwsProfile()
    {
        File.WriteAllText(_env.CredentialsFile, $"""
            [from-env]
            aws_access_key_id = {ProfileAccess}
            aws_secret_access_key = {ProfileSecret}
            """);
        _env.Set("AWS_PROFILE", "from-env");

        var context = Resolve(new AwsParameterValues());

        Assert.Equal(ProfileAccess, Keys(context).AccessKey);
        Assert.StartsWith("the SDK default chain", context.CredentialSource);
    }

    [Fact]
    public void EnvironmentKeysChangedInTheSessionAreSeenByTheNextCommand()
    {
        _env.Set("AWS_ACCESS_KEY_ID", EnvAccess);
        _env.Set("AWS_SECRET_ACCESS_KEY", EnvSecret);
        var first = Resolve(new AwsParameterValues());
        Assert.Equal(EnvAccess, Keys(first).AccessKey);

        _env.Set("AWS_ACCESS_KEY_ID", KeysAccess);
        _env.Set("AWS_SECRET_ACCESS_KEY", KeysSecret);
        var second = Resolve(new AwsParameterValues());

        Assert.Equal(KeysAccess, Keys(second).AccessKey);
        Assert.Equal(KeysSecret, Keys(second).SecretKey);
        Assert.NotEqual(first.CredentialIdentity, second.CredentialIdentity);
    }

    [Fact]
    public void AwsProfileSetInTheSessionBeatsTheDefaultProfileOnTheNextCommand()
    {
        File.WriteAllText(_env.CredentialsFile, $"""
            [default]
            aws_access_key_id = {KeysAccess}
            aws_secret_access_key = {KeysSecret}

            [later]
            aws_access_key_id = {ProfileAccess}
            aws_secret_access_key = {ProfileSecret}
            """);
        Assert.Equal(KeysAccess, Keys(Resolve(new AwsParameterValues())).AccessKey);

        _env.Set("AWS_PROFILE", "later");

        Assert.Equal(ProfileAccess, Keys(Resolve(new AwsParameterValues())).AccessKey);
    }

    [Fact]
    public void DefaultChainSourceNamesTheEnvironmentVariables()
    {
        _env.Set("AWS_ACCESS_KEY_ID", EnvAccess);
        _env.Set("AWS_SECRET_ACCESS_KEY", EnvSecret);

        var context = Resolve(new AwsParameterValues());

        Assert.Contains("AWS_ACCESS_KEY_ID", context.CredentialSource);
        Assert.Contains(AwsContextResolver.Mask(EnvAccess), context.CredentialSource);
        AssertNoSecrets(context);
    }

    [Theory]
    [InlineData("sso_session = corp\nsso_account_id = 123456789012\nsso_role_name = Admin", "SSO")]
    [InlineData("role_arn = arn:aws:iam::123456789012:role/deployer\nsource_profile = base", "role arn:aws:iam::123456789012:role/deployer")]
    [InlineData("credential_process = /bin/false", "credential_process")]
    public void DefaultChainSourceNamesTheProfileAndHowItGetsCredentials(string settings, string kind)
    {
        File.WriteAllText(_env.CredentialsFile, $"[base]\naws_access_key_id = {ProfileAccess}\naws_secret_access_key = {ProfileSecret}\n");
        File.WriteAllText(_env.ConfigFile, $"[profile dev]\n{settings}\n\n[sso-session corp]\nsso_start_url = https://corp.example/start\nsso_region = us-east-1\n");
        _env.Set("AWS_PROFILE", "dev");

        var context = Resolve(new AwsParameterValues());

        Assert.Contains("profile 'dev'", context.CredentialSource);
        Assert.Contains("AWS_PROFILE", context.CredentialSource);
        Assert.Contains(kind, context.CredentialSource);
        AssertNoSecrets(context);
    }

    [Fact]
    public void AwsProfileNamingAMissingProfileIsAnError()
    {
        _env.Set("AWS_PROFILE", "absent");

        var error = Assert.Throws<ArgumentException>(() => Resolve(new AwsParameterValues()));

        Assert.Contains("'absent'", error.Message);
        Assert.Contains("AWS_PROFILE", error.Message);
    }

    [Fact]
    public void StoredProfileNameIsResolvedAsAProfile()
    {
        var context = Resolve(new AwsParameterValues { ProfileLocation = _profiles }, storedCredentials: PSObject.AsPSObject("work"));

        Assert.Equal(ProfileAccess, Keys(context).AccessKey);
        Assert.Equal("profile 'work' ($StoredAWSCredentials)", context.CredentialSource);
    }

    [Fact]
    public void StoredProfileNameIsLookedUpInTheSharedCredentialsFile()
    {
        File.WriteAllText(_env.CredentialsFile, $"""
            [shared]
            aws_access_key_id = {ProfileAccess}
            aws_secret_access_key = {ProfileSecret}
            """);

        var context = Resolve(new AwsParameterValues(), storedCredentials: "shared");

        Assert.Equal(ProfileAccess, Keys(context).AccessKey);
    }

    [Fact]
    public void MissingProfileIsAnErrorNotAFallback()
    {
        _env.Set("AWS_ACCESS_KEY_ID", EnvAccess);
        _env.Set("AWS_SECRET_ACCESS_KEY", EnvSecret);

        var error = Assert.Throws<ArgumentException>(() =>
            Resolve(new AwsParameterValues { ProfileName = "absent", ProfileLocation = _profiles }, storedCredentials: new BasicAWSCredentials(KeysAccess, KeysSecret)));

        Assert.Contains("'absent'", error.Message);
        Assert.Contains(_profiles, error.Message);
        AssertNoSecrets(error.Message);
    }

    [Fact]
    public void MissingStoredProfileIsAnErrorNamingTheVariable()
    {
        var error = Assert.Throws<ArgumentException>(() => Resolve(new AwsParameterValues { ProfileLocation = _profiles }, storedCredentials: "absent"));

        Assert.Contains("$StoredAWSCredentials", error.Message);
        Assert.Contains("'absent'", error.Message);
    }

    [Theory]
    [InlineData(KeysAccess, null, null)]
    [InlineData(null, KeysSecret, null)]
    [InlineData(KeysAccess, "", null)]
    [InlineData(null, null, SessionToken)]
    [InlineData(null, KeysSecret, SessionToken)]
    public void IncompleteKeysAreRejectedWithoutEchoingSecrets(string? accessKey, string? secretKey, string? sessionToken)
    {
        var error = Assert.Throws<ArgumentException>(() =>
            Resolve(new AwsParameterValues { AccessKey = accessKey, SecretKey = secretKey, SessionToken = sessionToken }));

        Assert.Contains("-AccessKey", error.Message);
        AssertNoSecrets(error.Message);
    }

    [Fact]
    public void PsCredentialGivesBasicCredentialsFromUserNameAndPassword()
    {
        var context = Resolve(new AwsParameterValues { Credential = PSObject.AsPSObject(PsCredential(KeysAccess, KeysSecret)) });

        Assert.IsType<BasicAWSCredentials>(context.Credentials);
        Assert.Equal(KeysAccess, Keys(context).AccessKey);
        Assert.Equal(KeysSecret, Keys(context).SecretKey);
        Assert.Contains("PSCredential", context.CredentialSource);
        Assert.Contains(AwsContextResolver.Mask(KeysAccess), context.CredentialSource);
        AssertNoSecrets(context);
    }

    [Fact]
    public void SomethingThatIsNotCredentialsIsRejectedByTypeName()
    {
        var error = Assert.Throws<ArgumentException>(() => Resolve(new AwsParameterValues { Credential = new Uri("https://" + KeysSecret.Replace("-", "") + ".example") }));

        Assert.Contains("System.Uri", error.Message);
        Assert.DoesNotContain(KeysSecret.Replace("-", ""), error.Message);
    }

    [Theory]
    [InlineData("AKIAIOSFODNN7EXAMPLE", "AKIA************MPLE")]
    [InlineData("ABCDEFGHI", "ABCD*FGHI")]
    [InlineData("ABCDEFGH", "********")]
    [InlineData("AB", "**")]
    public void MaskShowsOnlyTheEndsOfLongAccessKeys(string accessKey, string masked)
        => Assert.Equal(masked, AwsContextResolver.Mask(accessKey));
}
