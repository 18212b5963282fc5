using System.Threading.Tasks;
using CwLogs.Emulator.Canned;
using CwLogs.Emulator.Tests.Infrastructure;
using Xunit;

namespace CwLogs.Emulator.Tests.Canned;

/// <summary>One canned-mode server (started as <c>--canned</c> starts it) and one HTTP client per test class.</summary>
public sealed class CannedFixture : IAsyncLifetime
{
    public CannedServer Server { get; private set; } = null!;

    public LogsApi Api { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await CannedServer.StartAsync();
        Api = new LogsApi(Server.Endpoint);
    }

    public async Task DisposeAsync()
    {
        Api.Dispose();
        await Server.DisposeAsync();
    }
}
