using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CwLogs.Emulator.Tests.Infrastructure;
using Xunit;

namespace CwLogs.Emulator.Tests.Cli;

/// <summary>The AWS CLI v2 against the emulator: Logs Insights queries, saved queries, fields, records and export tasks.</summary>
public sealed class AwsCliInsightsTests : AwsCliTest
{
    private const string Group = "/cli/insights";
    private long _start;

    public AwsCliInsightsTests(EmulatorFixture fixture) : base(fixture)
    {
    }

    [Fact]
    public async Task StartQueryWithCli_ReadWithApi_ThenGetLogRecordWithCli()
    {
        await SeedAsync();

        string id = (string)(await LogsAsync("start-query", "--log-group-name", Group, "--start-time", Seconds(-60), "--end-time", Seconds(60),
            "--query-string", "fields @timestamp, level | filter level = 'ERROR'", "--limit", "10")).Json!["queryId"]!;
        JsonNode results = await Api.OkAsync("GetQueryResults", new { queryId = id });
        string pointer = QueryRows.Of(results)[0]["@ptr"];
        JsonNode record = (await LogsAsync("get-log-record", "--log-record-pointer", pointer)).Json!["logRecord"]!;

        Assert.Equal("Complete", (string?)results["status"]);
        Assert.Equal("ERROR", Assert.Single(QueryRows.Of(results))["level"]);
        Assert.Equal("""{"level":"ERROR","ms":9}""", (string?)record["@message"]);
        Assert.Equal("9", (string?)record["ms"]);
    }

    [Fact]
    public async Task StartQueryWithApi_ReadWithCli_DescribeAndStopWithCli()
    {
        await SeedAsync();
        string done = (string)(await Api.OkAsync("StartQuery", new
        {
            logGroupName = Group, startTime = _start / 1000 - 60, endTime = _start / 1000 + 60, queryString = "stats count(*) as n, max(ms) by level",
        }))["queryId"]!;
        Server.Faults.QueryDuration = System.TimeSpan.FromMinutes(5);
        string running = (string)(await LogsAsync("start-query", "--log-group-name", Group, "--start-time", Seconds(-60), "--end-time", Seconds(60),
            "--query-string", "fields @message")).Json!["queryId"]!;

        JsonNode results = (await LogsAsync("get-query-results", "--query-id", done)).Json!;
        JsonNode stopped = (await LogsAsync("stop-query", "--query-id", running)).Json!;
        JsonNode described = (await LogsAsync("describe-queries", "--log-group-name", Group)).Json!;
        await LogsFailsAsync("InvalidParameterException", "stop-query", "--query-id", done);
        await LogsFailsAsync("MalformedQueryException", "start-query", "--log-group-name", Group, "--start-time", "0", "--end-time", "1", "--query-string", "dedup x");

        Assert.Equal(new[] { ("ERROR", "1", "9"), ("INFO", "2", "4") }, QueryRows.Of(results).Select(r => (r["level"], r["n"], r["max(ms)"])));
        Assert.Equal(3.0, (double)results["statistics"]!["recordsMatched"]!);
        Assert.True((bool)stopped["success"]!);
        Assert.Equal(new[] { (running, "Cancelled"), (done, "Complete") },
            described["queries"]!.AsArray().Select(q => ((string)q!["queryId"]!, (string)q["status"]!)));
    }

    [Fact]
    public async Task GetLogGroupFields_WithCli()
    {
        await SeedAsync();

        JsonNode fields = (await LogsAsync("get-log-group-fields", "--log-group-name", Group, "--time", Seconds(0))).Json!;

        Assert.Contains(fields["logGroupFields"]!.AsArray(), f => (string)f!["name"]! == "level" && (int)f["percent"]! == 100);
    }

    [Fact]
    public async Task QueryDefinitions_PutWithCli_DescribeWithApi_UpdateAndDeleteWithCli()
    {
        string id = (string)(await LogsAsync("put-query-definition", "--name", "cli/errors", "--query-string", "filter level = 'ERROR'",
            "--log-group-names", Group)).Json!["queryDefinitionId"]!;
        JsonNode created = (await Api.OkAsync("DescribeQueryDefinitions", new { queryDefinitionNamePrefix = "cli" }))["queryDefinitions"]![0]!;
        await LogsAsync("put-query-definition", "--query-definition-id", id, "--name", "cli/errors2", "--query-string", "stats count(*)");
        JsonNode updated = (await LogsAsync("describe-query-definitions", "--query-definition-name-prefix", "cli")).Json!;
        JsonNode deleted = (await LogsAsync("delete-query-definition", "--query-definition-id", id)).Json!;

        Assert.Equal(id, (string?)created["queryDefinitionId"]);
        Assert.Equal(Group, (string?)created["logGroupNames"]![0]);
        Assert.Equal("cli/errors2", (string?)updated["queryDefinitions"]![0]!["name"]);
        Assert.True((bool)deleted["success"]!);
        Assert.Empty((await Api.OkAsync("DescribeQueryDefinitions"))["queryDefinitions"]!.AsArray());
        await LogsFailsAsync("ResourceNotFoundException", "delete-query-definition", "--query-definition-id", id);
    }

    [Fact]
    public async Task ExportTasks_CreateDescribeCancelWithCli()
    {
        await Seed.GroupAsync(Group);
        Server.Faults.ExportTaskDuration = System.TimeSpan.FromMinutes(5);

        string id = (string)(await LogsAsync("create-export-task", "--task-name", "cli-export", "--log-group-name", Group,
            "--from", "0", "--to", "1000", "--destination", "my-bucket", "--destination-prefix", "cli")).Json!["taskId"]!;
        await LogsFailsAsync("LimitExceededException", "create-export-task", "--log-group-name", Group, "--from", "0", "--to", "1000", "--destination", "b");
        await LogsAsync("cancel-export-task", "--task-id", id);
        JsonNode described = (await LogsAsync("describe-export-tasks", "--task-id", id)).Json!;
        await LogsFailsAsync("InvalidOperationException", "cancel-export-task", "--task-id", id);

        JsonNode task = described["exportTasks"]![0]!;
        Assert.Equal("cli-export", (string?)task["taskName"]);
        Assert.Equal("my-bucket", (string?)task["destination"]);
        Assert.Equal("CANCELLED", (string?)task["status"]!["code"]);
    }

    private string Seconds(long offset) => (_start / 1000 + offset).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task SeedAsync()
    {
        _start = (Clock.NowMillis() - Clock.Minute) / 1000 * 1000;
        await Seed.GroupWithStreamsAsync(Group, "s");
        await Seed.EventsAsync(Group, "s", new[]
        {
            (_start, """{"level":"INFO","ms":3}"""),
            (_start + 1, """{"level":"ERROR","ms":9}"""),
            (_start + 2, """{"level":"INFO","ms":4}"""),
        });
    }
}
