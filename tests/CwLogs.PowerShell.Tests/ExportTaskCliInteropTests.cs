using CwLogs.Emulator.Tests.Infrastructure;
using CwLogs.PowerShell.Tests.Infrastructure;
using Xunit;

namespace CwLogs.PowerShell.Tests;

/// <summary>The AWS CLI v2 and the export task cmdlets agree both ways.</summary>
public sealed class ExportTaskCliInteropTests : PsTest
{
    public ExportTaskCliInteropTests(EmulatorFixture fixture) : base(fixture)
    {
        RunClean("New-CwLogGroup xcli; New-CwLogStream xcli s; 'exported' | Write-CwLogEvent xcli s");
    }

    [Fact]
    public async Task CreatedByNewCwLogExportTaskReadByTheCli()
    {
        var taskId = (string)RunClean("(New-CwLogExportTask -LogGroupName xcli -Destination my-bucket -DestinationPrefix logs -From '2026-01-01T00:00:00Z' -To '2026-01-02T00:00:00Z' -TaskName by-cwlogs).TaskId")
            .Output.Single().BaseObject;
        using var cli = new AwsCli(Emulator.Endpoint);

        var read = await cli.RunAsync("logs", "describe-export-tasks", "--task-id", taskId);

        Assert.True(read.ExitCode == 0, read.ToString());
        var task = read.Json!["exportTasks"]!.AsArray().Single()!;
        Assert.Equal("by-cwlogs", (string)task["taskName"]!);
        Assert.Equal("xcli", (string)task["logGroupName"]!);
        Assert.Equal("my-bucket", (string)task["destination"]!);
        Assert.Equal("logs", (string)task["destinationPrefix"]!);
        Assert.Equal(1767225600000L, (long)task["from"]!);
        Assert.Equal(1767312000000L, (long)task["to"]!);
    }

    [Fact]
    public async Task CreatedByTheCliReadByGetCwLogExportTask()
    {
        using var cli = new AwsCli(Emulator.Endpoint);
        var created = await cli.RunAsync("logs", "create-export-task", "--task-name", "by-cli", "--log-group-name", "xcli",
            "--from", "1767225600000", "--to", "1767312000000", "--destination", "cli-bucket");
        Assert.True(created.ExitCode == 0, created.ToString());
        var taskId = (string)created.Json!["taskId"]!;

        var task = RunClean($"Get-CwLogExportTask -TaskId '{taskId}'").Output.Single();

        Assert.Equal("by-cli", task.Properties["TaskName"].Value);
        Assert.Equal("xcli", task.Properties["LogGroupName"].Value);
        Assert.Equal("cli-bucket", task.Properties["Destination"].Value);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1767225600000L), (DateTimeOffset)task.Properties["From"].Value);
    }
}
