using System.Threading.Tasks;
using Xunit;

namespace CwLogs.Emulator.Tests.Infrastructure;

/// <summary>One emulator (and one HTTP client) per test class.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    public EmulatorServer Server { get; private set; } = null!;

    public LogsApi Api { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await EmulatorServer.StartAsync();
        Api = new LogsApi(Server.Endpoint);
    }

    public async Task DisposeAsync()
    {
        Api.Dispose();
        await Server.DisposeAsync();
    }
}
