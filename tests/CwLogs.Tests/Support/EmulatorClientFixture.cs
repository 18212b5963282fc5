using Amazon.Runtime;
using CwLogs.Client;
using CwLogs.Emulator;
using Xunit;

namespace CwLogs.Tests.Support;

/// <summary>
/// One local CloudWatch Logs emulator per test class, plus a way to build real
/// <see cref="CwLogsServiceClient"/>s that talk to it over HTTP.
/// </summary>
public sealed class EmulatorClientFixture : IAsyncLifetime
{
    public const string SigningRegion = "us-east-2";
    public const string AccessKey = "AKIAIOSFODNN7EXAMPLE";
    public const string SecretKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    public EmulatorServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await EmulatorServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();

    /// <summary>A config that sends to the emulator and signs for us-east-2.</summary>
    public CwLogsClientConfig Config(Action<CwLogsClientConfig>? customize = null)
    {
        var config = new CwLogsClientConfig
        {
            ServiceURL = Server.Endpoint.ToString(),
            AuthenticationRegion = SigningRegion,
        };
        customize?.Invoke(config);
        return config;
    }

    public CwLogsServiceClient Client(Action<CwLogsClientConfig>? customize = null, AWSCredentials? credentials = null)
        => new(credentials ?? new BasicAWSCredentials(AccessKey, SecretKey), Config(customize));
}
