using CwLogs.Emulator.Tests.Infrastructure;
using CwLogs.PowerShell.Tests.Infrastructure;
using Xunit;

namespace CwLogs.PowerShell.Tests;

/// <summary>
/// The AWS CLI v2, an independent real client, agrees with CwLogs both ways: what one writes,
/// the other reads. Without /usr/bin/aws these fail with an install hint (never skipped).
/// </summary>
public sealed class CliInteropTests : PsTest
{
    public CliInteropTests(EmulatorFixture fixture) : base(fixture) { }

    [Fact]
    public async Task WrittenByCwLogsReadByTheCli()
    {
        RunClean("New-CwLogGroup cli-a; New-CwLogStream cli-a s; 'first line','second line' | Write-CwLogEvent cli-a s");
        using var cli = new AwsCli(Emulator.Endpoint);

        var result = await cli.RunAsync("logs", "get-log-events", "--log-group-name", "cli-a", "--log-stream-name", "s", "--start-from-head");

        Assert.True(result.ExitCode == 0, result.ToString());
        var messages = result.Json!["events"]!.AsArray().Select(e => (string)e!["message"]!).ToArray();
        Assert.Equal(new[] { "first line", "second line" }, messages);
    }

    [Fact]
    public async Task WrittenByTheCliReadByCwLogs()
    {
        using var cli = new AwsCli(Emulator.Endpoint);
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        foreach (var args in new[]
        {
            new[] { "logs", "create-log-group", "--log-group-name", "cli-b" },
            new[] { "logs", "create-log-stream", "--log-group-name", "cli-b", "--log-stream-name", "s" },
            new[] { "logs", "put-log-events", "--log-group-name", "cli-b", "--log-stream-name", "s",
                "--log-events", $"timestamp={now - 2000},message=from-cli-1", $"timestamp={now - 1000},message=from-cli-2" },
        })
        {
            var step = await cli.RunAsync(args);
            Assert.True(step.ExitCode == 0, step.ToString());
        }

        var events = RunClean("Get-CwLogGroup -LogGroupNamePrefix cli-b | Get-CwLogStream | Get-CwLogEvent").Output;
        Assert.Equal(new object[] { "from-cli-1", "from-cli-2" }, events.Select(e => e.Properties["Message"].Value).ToArray());
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(now - 2000), events[0].Properties["Timestamp"].Value);
        var found = RunClean("Find-CwLogEvent cli-b 'cli-2'").Output;
        Assert.Equal("from-cli-2", Assert.Single(found).Properties["Message"].Value);
    }
}
