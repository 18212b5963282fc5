using CwLogs.Emulator.Tests.Infrastructure;
using CwLogs.PowerShell.Tests.Infrastructure;
using Xunit;

namespace CwLogs.PowerShell.Tests;

/// <summary>The AWS CLI v2 and the Logs Insights cmdlets agree both ways on queries and saved queries.</summary>
public sealed class QueryCliInteropTests : PsTest
{
    public QueryCliInteropTests(EmulatorFixture fixture) : base(fixture)
    {
        RunClean("New-CwLogGroup qcli; New-CwLogStream qcli s; '{\"level\":\"info\",\"ms\":5}','{\"level\":\"error\",\"ms\":9}' | Write-CwLogEvent qcli s");
    }

    [Fact]
    public async Task StartedByTheCliReadByGetCwLogQueryResult()
    {
        using var cli = new AwsCli(Emulator.Endpoint);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var started = await cli.RunAsync("logs", "start-query", "--log-group-name", "qcli", "--start-time", (now - 3600).ToString(),
            "--end-time", now.ToString(), "--query-string", "stats count(*) as n by level | sort level");
        Assert.True(started.ExitCode == 0, started.ToString());
        var queryId = (string)started.Json!["queryId"]!;

        var result = RunClean($"Get-CwLogQueryResult -QueryId '{queryId}' -Wait").Output.Single();

        Assert.Equal("Complete", result.Properties["Status"].Value);
        var rows = (System.Management.Automation.PSObject[])result.Properties["Rows"].Value;
        Assert.Equal(new object[] { "error", "info" }, rows.Select(r => r.Properties["level"].Value).ToArray());
        Assert.Equal(new object[] { 1L, 1L }, rows.Select(r => r.Properties["n"].Value).ToArray());
    }

    [Fact]
    public async Task StartedByStartCwLogQueryReadByTheCli()
    {
        var queryId = (string)RunClean("(Start-CwLogQuery qcli 'fields level, ms | sort ms desc' -StartTime 1h).QueryId").Output.Single().BaseObject;
        using var cli = new AwsCli(Emulator.Endpoint);

        var read = await cli.RunAsync("logs", "get-query-results", "--query-id", queryId);

        Assert.True(read.ExitCode == 0, read.ToString());
        Assert.Equal("Complete", (string)read.Json!["status"]!);
        var firstRow = read.Json!["results"]!.AsArray()[0]!.AsArray();
        Assert.Equal("error", (string)firstRow.Single(f => (string)f!["field"]! == "level")!["value"]!);
        Assert.Equal("9", (string)firstRow.Single(f => (string)f!["field"]! == "ms")!["value"]!);
    }

    [Fact]
    public async Task SavedQueriesBothWays()
    {
        using var cli = new AwsCli(Emulator.Endpoint);
        RunClean("Set-CwLogQueryDefinition -Name 'qcli/by-cwlogs' -QueryString 'stats count(*)' -LogGroupName qcli");
        var put = await cli.RunAsync("logs", "put-query-definition", "--name", "qcli/by-cli", "--query-string", "fields @message", "--log-group-names", "qcli");
        Assert.True(put.ExitCode == 0, put.ToString());

        var listed = await cli.RunAsync("logs", "describe-query-definitions", "--query-definition-name-prefix", "qcli");
        Assert.True(listed.ExitCode == 0, listed.ToString());
        var byCwLogs = listed.Json!["queryDefinitions"]!.AsArray().Single(d => (string)d!["name"]! == "qcli/by-cwlogs")!;
        Assert.Equal("stats count(*)", (string)byCwLogs["queryString"]!);
        Assert.Equal("qcli", (string)byCwLogs["logGroupNames"]![0]!);

        var byCli = RunClean("Get-CwLogQueryDefinition -Name 'qcli/by-cli'").Output.Single();
        Assert.Equal("fields @message", byCli.Properties["QueryString"].Value);
        Assert.Equal((string)put.Json!["queryDefinitionId"]!, byCli.Properties["QueryDefinitionId"].Value);
        Assert.Equal(new[] { "qcli" }, (string[])byCli.Properties["LogGroupNames"].Value);
    }
}
