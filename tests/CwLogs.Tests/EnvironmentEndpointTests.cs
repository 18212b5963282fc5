using Amazon;
using Amazon.Runtime;
using CwLogs.Client;
using CwLogs.Client.Operations;
using CwLogs.Emulator;
using CwLogs.Infrastructure;
using CwLogs.Infrastructure.Credentials;
using CwLogs.Tests.Support;
using Xunit;

namespace CwLogs.Tests;

/// <summary>
/// The SDK's configured-endpoint settings reach CwLogs through its ServiceId ("CloudWatch Logs"):
/// AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, AWS_ENDPOINT_URL and a profile's services section.
/// </summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class EnvironmentEndpointTests : IClassFixture<EmulatorClientFixture>, IDisposable
{
    private readonly EmulatorClientFixture _emulator;
    private readonly ProcessEnvironment _env = new();

    public EnvironmentEndpointTests(EmulatorClientFixture emulator)
    {
        _emulator = emulator;
        _emulator.Server.Reset();
    }

    public void Dispose()
    {
        _env.Dispose();
        _emulator.Server.Reset();
    }

    private string EmulatorUrl => _emulator.Server.Endpoint.ToString();

    private static CwLogsServiceClient RegionalClient(Action<CwLogsClientConfig>? customize = null)
    {
        var config = new CwLogsClientConfig { RegionEndpoint = RegionEndpoint.USEast2 };
        customize?.Invoke(config);
        return new(new BasicAWSCredentials(EmulatorClientFixture.AccessKey, EmulatorClientFixture.SecretKey), config);
    }

    /// <summary>Sends one call and returns what the emulator received.</summary>
    private async Task<JournalEntry> AssertCallReachesTheEmulator(CwLogsServiceClient client)
    {
        await client.SendAsync(CwLogsOperations.DescribeLogGroups, new DescribeLogGroupsRequest());

        var entry = Assert.Single(_emulator.Server.Journal.Entries);
        Assert.Equal("DescribeLogGroups", entry.Operation);
        Assert.Matches(@"^AWS4-HMAC-SHA256 Credential=\w+/\d{8}/[a-z0-9-]+/logs/aws4_request,", entry.Authorization);
        return entry;
    }

    [Fact]
    public async Task ServiceSpecificEnvironmentVariableRedirectsTheClient()
    {
        _env.Set("AWS_ENDPOINT_URL_CLOUDWATCH_LOGS", EmulatorUrl);
        using var client = RegionalClient();

        await AssertCallReachesTheEmulator(client);
    }

    [Fact]
    public async Task GlobalEnvironmentVariableRedirectsTheClient()
    {
        _env.Set("AWS_ENDPOINT_URL", EmulatorUrl);
        using var client = RegionalClient();

        await AssertCallReachesTheEmulator(client);
    }

    [Fact]
    public async Task ServiceSpecificVariableBeatsTheGlobalOne()
    {
        _env.Set("AWS_ENDPOINT_URL", "http://127.0.0.1:9/");
        _env.Set("AWS_ENDPOINT_URL_CLOUDWATCH_LOGS", EmulatorUrl);
        using var client = RegionalClient();

        await AssertCallReachesTheEmulator(client);
    }

    [Fact]
    public async Task ProfileServicesSectionRedirectsTheClient()
    {
        File.WriteAllText(_env.ConfigFile, $"""
            [default]
            services = local-logs

            [services local-logs]
            cloudwatch_logs =
              endpoint_url = {EmulatorUrl}
            """);
        using var client = RegionalClient();

        await AssertCallReachesTheEmulator(client);
    }

    [Fact]
    public async Task ModulePathHonoursTheEnvironmentEndpoint()
    {
        _env.Set("AWS_ENDPOINT_URL_CLOUDWATCH_LOGS", EmulatorUrl);
        var context = AwsContextResolver.Resolve(
            new AwsParameterValues { AccessKey = EmulatorClientFixture.AccessKey, SecretKey = EmulatorClientFixture.SecretKey, Region = "us-east-2" },
            _ => null);

        var entry = await AssertCallReachesTheEmulator(ClientCache.Get(context));
        // Signed with the resolved region, not one guessed from the endpoint's host name.
        Assert.Contains("/us-east-2/logs/aws4_request", entry.Authorization);
    }

    [Fact]
    public async Task AuthenticationRegionKeepsTheSigningRegionUnderAConfiguredEndpoint()
    {
        // Without it the SDK derives the signing region from the endpoint's host (us-east-1 for
        // 127.0.0.1), whatever RegionEndpoint says.
        _env.Set("AWS_ENDPOINT_URL_CLOUDWATCH_LOGS", EmulatorUrl);
        using var client = RegionalClient(c => c.AuthenticationRegion = "us-east-2");

        var entry = await AssertCallReachesTheEmulator(client);

        Assert.Contains("/us-east-2/logs/aws4_request", entry.Authorization);
    }
}
