using Xunit;

namespace CwLogs.Emulator.Tests.Infrastructure;

/// <summary>Base for tests against the class's shared emulator; every test starts from an empty server.</summary>
public abstract class EmulatorTest : IClassFixture<EmulatorFixture>
{
    protected EmulatorTest(EmulatorFixture fixture)
    {
        Server = fixture.Server;
        Api = fixture.Api;
        Server.Reset();
        Seed = new Seed(Api);
    }

    protected EmulatorServer Server { get; }

    protected LogsApi Api { get; }

    protected Seed Seed { get; }
}
