using CwLogs.Emulator;
using Xunit;

namespace CwLogs.PowerShell.Tests.Infrastructure;

/// <summary>One emulator for all PowerShell tests. They run one at a time, because fault injection is emulator-wide.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    public EmulatorServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // Nothing here runs on EC2: keep the SDK's default chain from probing instance metadata.
        Environment.SetEnvironmentVariable("AWS_EC2_METADATA_DISABLED", "true");
        Server = await EmulatorServer.StartAsync();
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class EmulatorCollection : ICollectionFixture<EmulatorFixture>
{
    public const string Name = "PowerShell against the emulator";
}

/// <summary>Base for tests: a clean emulator state and a session with emulator defaults.</summary>
[Collection(EmulatorCollection.Name)]
public abstract class PsTest : IDisposable
{
    private static int _counter;

    protected PsTest(EmulatorFixture fixture)
    {
        Emulator = fixture.Server;
        Emulator.Reset();
        Session = new PsSession(Emulator.Endpoint);
    }

    protected EmulatorServer Emulator { get; }

    protected PsSession Session { get; }

    protected PsResult Run(string script) => Session.Run(script);

    /// <summary>Runs a script that must not raise errors.</summary>
    protected PsResult RunClean(string script)
    {
        var result = Session.Run(script);
        Assert.True(result.Errors.Count == 0, "Unexpected errors:\n" + string.Join("\n", result.Errors.Select(e => e.FullyQualifiedErrorId + ": " + e)));
        return result;
    }

    protected static string UniqueName(string prefix) => $"{prefix}-{Interlocked.Increment(ref _counter)}-{Guid.NewGuid():N}".Substring(0, Math.Min(60, prefix.Length + 40));

    public void Dispose() => Session.Dispose();
}
