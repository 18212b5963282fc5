using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CwLogs.Emulator.Tests.Infrastructure;
using Xunit;

namespace CwLogs.Emulator.Tests.Operations;

/// <summary>GetLogGroupFields (field census over a time window) and GetLogRecord (the event behind a result's @ptr).</summary>
public sealed class LogGroupFieldsAndRecordTests : EmulatorTest
{
    private const string Group = "/insights/fields";

    public LogGroupFieldsAndRecordTests(EmulatorFixture fixture) : base(fixture)
    {
    }

    [Fact]
    public async Task GetLogGroupFields_PercentPerField_MostFrequentFirst_DefaultLastFifteenMinutes()
    {
        long now = Clock.NowMillis();
        await Seed.GroupWithStreamsAsync(Group, "s");
        await Seed.EventsAsync(Group, "s", new[]
        {
            (now - Clock.Hour, """{"old":1}"""), // outside the default window
            (now - 3 * Clock.Minute, """{"level":"INFO","http":{"status":200}}"""),
            (now - 2 * Clock.Minute, """{"level":"ERROR"}"""),
            (now - Clock.Minute, "plain text"),
        });

        JsonNode result = await Api.OkAsync("GetLogGroupFields", new { logGroupName = Group });

        var fields = result["logGroupFields"]!.AsArray().Select(f => ((string)f!["name"]!, (int)f["percent"]!)).ToList();
        Assert.Equal(new[]
        {
            ("@ingestionTime", 100), ("@log", 100), ("@logStream", 100), ("@message", 100), ("@timestamp", 100),
            ("level", 67), ("http.status", 33),
        }, fields);
    }

    [Fact]
    public async Task GetLogGroupFields_TimeInSecondsCentresAnEightMinuteWindowEitherSide()
    {
        long now = Clock.NowMillis();
        await Seed.GroupWithStreamsAsync(Group, "s");
        await Seed.EventsAsync(Group, "s", new[] { (now - Clock.Hour - 7 * Clock.Minute, """{"near":1}"""), (now - Clock.Hour + 9 * Clock.Minute, """{"far":1}""") });

        JsonNode result = await Api.OkAsync("GetLogGroupFields", new { logGroupIdentifier = Group, time = (now - Clock.Hour) / 1000 });
        JsonNode empty = await Api.OkAsync("GetLogGroupFields", new { logGroupName = Group });

        string[] names = result["logGroupFields"]!.AsArray().Select(f => (string)f!["name"]!).ToArray();
        Assert.Contains("near", names);
        Assert.DoesNotContain("far", names);
        Assert.Empty(empty["logGroupFields"]!.AsArray());
        await Api.ErrorAsync("GetLogGroupFields", new { logGroupName = "/insights/none" }, "ResourceNotFoundException");
        await Api.ErrorAsync("GetLogGroupFields", new { }, "InvalidParameterException");
        await Api.ErrorAsync("GetLogGroupFields", new { logGroupName = Group, logGroupIdentifier = Group }, "InvalidParameterException");
        await Api.ErrorAsync("GetLogGroupFields", new { logGroupName = Group, time = -1 }, "InvalidParameterException");
    }

    [Fact]
    public async Task GetLogRecord_ReturnsEveryFieldOfThePointedEvent_TimesInMilliseconds()
    {
        long ts = Clock.NowMillis() - Clock.Minute;
        await Seed.GroupWithStreamsAsync(Group, "s");
        await Seed.EventsAsync(Group, "s", new[] { (ts, """{"level":"WARN","user":{"id":"u7"}}"""), (ts + 1, "other") });
        string queryId = (string)(await Api.OkAsync("StartQuery", new
        {
            logGroupName = Group, startTime = ts / 1000 - 10, endTime = ts / 1000 + 10, queryString = "fields level | filter level = 'WARN'",
        }))["queryId"]!;
        string pointer = QueryRows.Of(await Api.OkAsync("GetQueryResults", new { queryId }))[0]["@ptr"];

        JsonNode record = (await Api.OkAsync("GetLogRecord", new { logRecordPointer = pointer }))["logRecord"]!;

        var fields = record.AsObject().ToDictionary(p => p.Key, p => (string)p.Value!);
        Assert.Equal(ts.ToString(), fields["@timestamp"]);
        Assert.Equal("""{"level":"WARN","user":{"id":"u7"}}""", fields["@message"]);
        Assert.Equal("s", fields["@logStream"]);
        Assert.Equal("123456789012:" + Group, fields["@log"]);
        Assert.Matches("^[0-9]+$", fields["@ingestionTime"]);
        Assert.Equal("WARN", fields["level"]);
        Assert.Equal("u7", fields["user.id"]);
    }

    [Fact]
    public async Task GetLogRecord_Errors()
    {
        await Api.ErrorAsync("GetLogRecord", new { logRecordPointer = "not-a-pointer" }, "InvalidParameterException");
        await Api.ErrorAsync("GetLogRecord", new { }, "InvalidParameterException");

        long ts = Clock.NowMillis() - Clock.Minute;
        await Seed.GroupWithStreamsAsync(Group, "s");
        await Seed.EventsAsync(Group, "s", new[] { (ts, "x") });
        string queryId = (string)(await Api.OkAsync("StartQuery", new { logGroupName = Group, startTime = ts / 1000 - 10, endTime = ts / 1000 + 10, queryString = "fields @message" }))["queryId"]!;
        string pointer = QueryRows.Of(await Api.OkAsync("GetQueryResults", new { queryId }))[0]["@ptr"];
        await Api.OkAsync("DeleteLogGroup", new { logGroupName = Group });

        await Api.ErrorAsync("GetLogRecord", new { logRecordPointer = pointer }, "ResourceNotFoundException");
    }
}
