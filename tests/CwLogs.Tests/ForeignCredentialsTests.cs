using System.Management.Automation;
using Amazon.Runtime;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure.Credentials;
using CwLogs.Tests.Support;
using Xunit;

namespace CwLogs.Tests;

/// <summary>
/// Credentials from another copy of AWSSDK.Core (AWS.Tools' Set-AWSCredential / New-AWSCredential)
/// are not our types; they are used through their own GetCredentials() and property names.
/// </summary>
public sealed class ForeignCredentialsTests : IClassFixture<EmulatorClientFixture>
{
    private const string AccessKey = "AKIAFOREIGNSDK000001";
    private const string SecretKey = "foreign-secret-0000000000000000000000001";
    private const string Token = "foreign-token-00000000000000000000000001";

    private readonly EmulatorClientFixture _emulator;

    public ForeignCredentialsTests(EmulatorClientFixture emulator) => _emulator = emulator;

    /// <summary>Shaped like Amazon.Runtime.ImmutableCredentials, but not that type.</summary>
    public sealed class ForeignImmutableCredentials
    {
        public ForeignImmutableCredentials(string? accessKey, string? secretKey, string? token)
        {
            AccessKey = accessKey;
            SecretKey = secretKey;
            Token = token;
        }

        public string? AccessKey { get; }
        public string? SecretKey { get; }
        public string? Token { get; }
    }

    /// <summary>Shaped like another SDK's AWSCredentials: a public GetCredentials() and nothing else we know.</summary>
    public sealed class ForeignCredentials
    {
        public ForeignImmutableCredentials? Current { get; set; } = new(AccessKey, SecretKey, Token);

        public int Calls { get; private set; }

        public ForeignImmutableCredentials? GetCredentials()
        {
            Calls++;
            return Current;
        }

        public override string ToString() => "secret " + SecretKey;
    }

    /// <summary>Shaped like AWS.Tools' AWSPSCredentials: the SDK credentials in a Credentials property.</summary>
    public sealed class PsCredentialsWrapper
    {
        public PsCredentialsWrapper(object credentials) => Credentials = credentials;

        public object Credentials { get; }

        public string Name => "stored";
    }

    private static ResolvedAwsContext Resolve(object? credential = null, object? stored = null)
        => AwsContextResolver.Resolve(new AwsParameterValues { Credential = credential, Region = "us-east-2" },
            name => name == AwsContextResolver.StoredCredentialsVariable ? stored : null);

    private static void AssertNoSecrets(string text)
    {
        Assert.DoesNotContain(SecretKey, text);
        Assert.DoesNotContain(Token, text);
    }

    [Fact]
    public void ForeignCredentialsAreReadThroughTheirGetCredentials()
    {
        var foreign = new ForeignCredentials();

        var context = Resolve(credential: foreign);

        var keys = context.Credentials.GetCredentials();
        Assert.Equal(AccessKey, keys.AccessKey);
        Assert.Equal(SecretKey, keys.SecretKey);
        Assert.Equal(Token, keys.Token);
        Assert.Same(foreign, context.CredentialIdentity);
        Assert.Equal("the -Credential parameter (ForeignCredentials from another AWS SDK)", context.CredentialSource);
        AssertNoSecrets(context.CredentialSource);
    }

    [Fact]
    public async Task ForeignCredentialsAreAskedAgainEachTimeSoRefreshesAreSeen()
    {
        var foreign = new ForeignCredentials();
        var credentials = Resolve(credential: foreign).Credentials;

        Assert.Equal(AccessKey, credentials.GetCredentials().AccessKey);
        foreign.Current = new ForeignImmutableCredentials("AKIAROTATED000000002", "rotated-secret", null);

        var rotated = await credentials.GetCredentialsAsync();
        Assert.Equal("AKIAROTATED000000002", rotated.AccessKey);
        Assert.True(string.IsNullOrEmpty(rotated.Token));
        Assert.Equal(2, foreign.Calls);
    }

    [Fact]
    public void WrapperWithACredentialsPropertyIsUnwrapped()
    {
        var foreign = new ForeignCredentials();

        var context = Resolve(stored: PSObject.AsPSObject(new PsCredentialsWrapper(foreign)));

        Assert.Equal(AccessKey, context.Credentials.GetCredentials().AccessKey);
        Assert.Same(foreign, context.CredentialIdentity);
        Assert.Equal("$StoredAWSCredentials (ForeignCredentials from another AWS SDK)", context.CredentialSource);
    }

    [Fact]
    public void WrapperAroundOurOwnSdkCredentialsIsUnwrappedToo()
    {
        var ours = new BasicAWSCredentials(AccessKey, SecretKey);

        var context = Resolve(credential: new PsCredentialsWrapper(ours));

        Assert.Equal(AccessKey, context.Credentials.GetCredentials().AccessKey);
        AssertNoSecrets(context.CredentialSource);
    }

    [Fact]
    public void ForeignCredentialsWithoutASecretFailWithoutEchoingTheKey()
    {
        var foreign = new ForeignCredentials { Current = new ForeignImmutableCredentials(AccessKey, "", Token) };
        var credentials = Resolve(credential: foreign).Credentials;

        var error = Assert.Throws<InvalidOperationException>(() => credentials.GetCredentials());

        Assert.Contains(nameof(ForeignCredentials), error.Message);
        Assert.DoesNotContain(AccessKey, error.Message);
        AssertNoSecrets(error.Message);
    }

    [Fact]
    public void ForeignCredentialsReturningNothingFail()
    {
        var credentials = Resolve(credential: new ForeignCredentials { Current = null }).Credentials;

        Assert.Throws<InvalidOperationException>(() => credentials.GetCredentials());
    }

    [Fact]
    public void WrapperAroundSomethingElseIsRejectedWithoutCallingToString()
    {
        var error = Assert.Throws<ArgumentException>(() => Resolve(credential: new PsCredentialsWrapper(new Version(1, 2))));

        Assert.Contains(typeof(PsCredentialsWrapper).FullName!, error.Message);
        Assert.Contains("-Credential", error.Message);
    }

    [Fact]
    public async Task ForeignCredentialsSignRealRequests()
    {
        var credentials = Resolve(credential: new PsCredentialsWrapper(new ForeignCredentials())).Credentials;
        using var client = _emulator.Client(credentials: credentials);
        _emulator.Server.Journal.Clear();

        await client.SendAsync(CwLogsOperations.DescribeLogGroups, new DescribeLogGroupsRequest { LogGroupNamePrefix = "foreign-" });

        var entry = _emulator.Server.Journal.Entries.Single(e => e.Body.Contains("foreign-"));
        Assert.StartsWith("AWS4-HMAC-SHA256 Credential=" + AccessKey + "/", entry.Authorization);
        Assert.Equal(Token, entry.SecurityToken);
    }
}
