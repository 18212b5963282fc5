using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CwLogs.Emulator.Tests.Infrastructure;
using Xunit;

namespace CwLogs.Emulator.Tests.Operations;

/// <summary>StartQuery, GetQueryResults, StopQuery and DescribeQueries over the API.</summary>
public sealed class QueryTests : EmulatorTest
{
    private const string Group = "/insights/app";
    private long _start;

    public QueryTests(EmulatorFixture fixture) : base(fixture)
    {
    }

    [Fact]
    public async Task StartQuery_ThenResults_FieldsAsStrings_FormattedTimestamp_Statistics()
    {
        await SeedAsync();

        string id = await StartAsync("fields @timestamp, @message, @logStream, @log, level | filter level = 'ERROR'");
        JsonNode result = await Api.OkAsync("GetQueryResults", new { queryId = id });

        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", id);
        Assert.Equal("Complete", (string?)result["status"]);
        Dictionary<string, string> row = Assert.Single(QueryRows.Of(result));
        Assert.Equal(new[] { "@timestamp", "@message", "@logStream", "@log", "level", "@ptr" }, row.Keys);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(_start + 1000).UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fff"), row["@timestamp"]);
        Assert.Equal("a", row["@logStream"]);
        Assert.Equal("123456789012:" + Group, row["@log"]);
        Assert.Equal("ERROR", row["level"]);
        JsonNode statistics = result["statistics"]!;
        Assert.Equal(1.0, (double)statistics["recordsMatched"]!);
        Assert.Equal(4.0, (double)statistics["recordsScanned"]!);
        Assert.True((double)statistics["bytesScanned"]! > 0);
    }

    [Fact]
    public async Task StartQuery_TimeRangeInSeconds_BothEndsIncluded_AndLimitCapsRows()
    {
        await SeedAsync();
        long firstSecond = _start / 1000;

        JsonNode narrow = await ResultsAsync(await StartAsync("fields @message", start: firstSecond, end: firstSecond + 1));
        JsonNode capped = await ResultsAsync(await StartAsync("fields @message", limit: 3));

        Assert.Equal(new[] { "b info", "{\"level\":\"ERROR\",\"ms\":7}", "{\"level\":\"INFO\",\"ms\":3}" }, // newest first
            QueryRows.Of(narrow).Select(r => r["@message"]));
        Assert.Equal(3, QueryRows.Of(capped).Count);
    }

    [Fact]
    public async Task StartQuery_ManyGroupsByNamesOrIdentifiers()
    {
        await SeedAsync();
        await Seed.GroupWithStreamsAsync("/insights/other", "x");
        await Seed.EventsAsync("/insights/other", "x", new[] { (_start, "other") });

        string byNames = (string)(await Api.OkAsync("StartQuery", Request("stats count(*)", logGroupName: null, logGroupNames: new[] { Group, "/insights/other" })))["queryId"]!;
        string byArn = (string)(await Api.OkAsync("StartQuery", Request("stats count(*)", logGroupName: null,
            logGroupIdentifiers: new[] { $"arn:aws:logs:us-east-2:123456789012:log-group:{Group}", "/insights/other" })))["queryId"]!;

        Assert.Equal("5", QueryRows.Of(await ResultsAsync(byNames))[0]["count(*)"]);
        Assert.Equal("5", QueryRows.Of(await ResultsAsync(byArn))[0]["count(*)"]);
    }

    [Fact]
    public async Task StartQuery_Errors()
    {
        await SeedAsync();

        await Api.ErrorAsync("StartQuery", Request("fields @message", logGroupName: "/insights/none"), "ResourceNotFoundException");
        await Api.ErrorAsync("StartQuery", Request("fields @message", logGroupName: null), "InvalidParameterException");
        await Api.ErrorAsync("StartQuery", Request("fields @message", logGroupNames: new[] { Group }), "InvalidParameterException"); // two of the three
        await Api.ErrorAsync("StartQuery", Request("fields @message", logGroupName: null, logGroupNames: Array.Empty<string>()), "InvalidParameterException");
        await Api.ErrorAsync("StartQuery", new { logGroupName = Group, endTime = 10, queryString = "fields @message" }, "InvalidParameterException");
        await Api.ErrorAsync("StartQuery", Request("fields @message", start: 20, end: 10), "InvalidParameterException");
        await Api.ErrorAsync("StartQuery", Request("fields @message", start: -1), "InvalidParameterException");
        await Api.ErrorAsync("StartQuery", Request("fields @message", limit: 10_001), "InvalidParameterException");
        await Api.ErrorAsync("StartQuery", Request(new string('x', 10_001)), "InvalidParameterException");

        ApiResult malformed = await Api.ErrorAsync("StartQuery", Request("fields @message | frobnicate"), "MalformedQueryException");
        JsonNode compileError = malformed.Body["queryCompileError"]!;
        Assert.Equal(18, (int)compileError["location"]!["startCharOffset"]!);
        Assert.Equal(28, (int)compileError["location"]!["endCharOffset"]!);
        Assert.Contains("frobnicate", (string?)compileError["message"]);
    }

    [Fact]
    public async Task StartQuery_ConcurrencyLimit_CountsScheduledAndRunningQueries()
    {
        await SeedAsync();
        Server.Faults.QueryConcurrencyLimit = 2;
        Server.Faults.QueryDuration = TimeSpan.FromMinutes(5);

        string first = await StartAsync("fields @message");
        await StartAsync("fields @message");
        ApiResult refused = await Api.ErrorAsync("StartQuery", Request("fields @message"), "LimitExceededException");
        await Api.OkAsync("StopQuery", new { queryId = first });
        await StartAsync("fields @message");

        Assert.Contains("[2]", refused.Message);
    }

    [Fact]
    public async Task Status_MovesScheduledRunningComplete_PartialRowsWhileRunning()
    {
        await SeedAsync();
        Server.Faults.QueryDuration = TimeSpan.FromSeconds(3);

        string id = await StartAsync("fields @message");
        var seen = new List<(string Status, int Rows)>();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            JsonNode result = await ResultsAsync(id);
            var step = ((string)result["status"]!, result["results"]!.AsArray().Count);
            if (seen.Count == 0 || seen[^1] != step) seen.Add(step);
            if (step.Item1 == "Complete") break;
            await Task.Delay(100);
        }

        Assert.Equal(new[] { ("Scheduled", 0), ("Running", 2), ("Complete", 4) }, seen);
    }

    [Fact]
    public async Task StopQuery_CancelsRunningQuery_RefusesFinishedOrUnknown()
    {
        await SeedAsync();
        string finished = await StartAsync("fields @message");
        Server.Faults.QueryDuration = TimeSpan.FromMinutes(5);
        string running = await StartAsync("fields @message");

        JsonNode stopped = await Api.OkAsync("StopQuery", new { queryId = running });
        JsonNode cancelled = await ResultsAsync(running);

        Assert.True((bool)stopped["success"]!);
        Assert.Equal("Cancelled", (string?)cancelled["status"]);
        Assert.Empty(cancelled["results"]!.AsArray());
        await Api.ErrorAsync("StopQuery", new { queryId = running }, "InvalidParameterException");
        await Api.ErrorAsync("StopQuery", new { queryId = finished }, "InvalidParameterException");
        await Api.ErrorAsync("StopQuery", new { queryId = "00000000-0000-0000-0000-000000000000" }, "ResourceNotFoundException");
        await Api.ErrorAsync("GetQueryResults", new { queryId = "00000000-0000-0000-0000-000000000000" }, "ResourceNotFoundException");
        await Api.ErrorAsync("GetQueryResults", new { }, "InvalidParameterException");
    }

    [Fact]
    public async Task DescribeQueries_NewestFirst_FiltersByGroupAndStatus_Pages()
    {
        await SeedAsync();
        await Seed.GroupAsync("/insights/other");
        string q1 = await StartAsync("fields @message");
        string q2 = (string)(await Api.OkAsync("StartQuery", Request("limit 1", logGroupName: "/insights/other")))["queryId"]!;
        Server.Faults.QueryDuration = TimeSpan.FromMinutes(5);
        string q3 = await StartAsync("stats count(*)");

        JsonNode all = await Api.OkAsync("DescribeQueries");
        JsonNode ofGroup = await Api.OkAsync("DescribeQueries", new { logGroupName = Group });
        JsonNode scheduled = await Api.OkAsync("DescribeQueries", new { status = "Scheduled" });
        List<JsonNode> pages = await Api.AllPagesAsync("DescribeQueries", new { maxResults = 2 });

        Assert.Equal(new[] { q3, q2, q1 }, Ids(all));
        JsonNode newest = all["queries"]![0]!;
        Assert.Equal("stats count(*)", (string?)newest["queryString"]);
        Assert.Equal(Group, (string?)newest["logGroupName"]);
        Assert.Equal("Scheduled", (string?)newest["status"]);
        Assert.True((long)newest["createTime"]! >= _start);
        Assert.Equal("/insights/other", (string?)all["queries"]![1]!["logGroupName"]);
        Assert.Equal(new[] { q3, q1 }, Ids(ofGroup));
        Assert.Equal(new[] { q3 }, Ids(scheduled));
        Assert.Equal(new[] { 2, 1 }, pages.Select(p => p["queries"]!.AsArray().Count));
        Assert.Equal(new[] { q3, q2, q1 }, pages.SelectMany(Ids));
        await Api.ErrorAsync("DescribeQueries", new { status = "Done" }, "InvalidParameterException");
        await Api.ErrorAsync("DescribeQueries", new { maxResults = 0 }, "InvalidParameterException");
        await Api.ErrorAsync("DescribeQueries", new { nextToken = "bogus" }, "InvalidParameterException");
    }

    private static string[] Ids(JsonNode page) => page["queries"]!.AsArray().Select(q => (string)q!["queryId"]!).ToArray();

    /// <summary>Stream a: INFO json, ERROR json; stream b: two plain lines; one second apart.</summary>
    private async Task SeedAsync()
    {
        _start = (Clock.NowMillis() - Clock.Hour) / 1000 * 1000;
        await Seed.GroupWithStreamsAsync(Group, "a", "b");
        await Seed.EventsAsync(Group, "a", new[] { (_start, "{\"level\":\"INFO\",\"ms\":3}"), (_start + 1000, "{\"level\":\"ERROR\",\"ms\":7}") });
        await Seed.EventsAsync(Group, "b", new[] { (_start + 1500, "b info"), (_start + 2000, "b later") });
    }

    private object Request(string query, string? logGroupName = Group, string[]? logGroupNames = null, string[]? logGroupIdentifiers = null,
        long? start = null, long? end = null, int? limit = null) => new
    {
        logGroupName,
        logGroupNames,
        logGroupIdentifiers,
        startTime = start ?? _start / 1000 - 60,
        endTime = end ?? _start / 1000 + 60,
        queryString = query,
        limit,
    };

    private async Task<string> StartAsync(string query, long? start = null, long? end = null, int? limit = null) =>
        (string)(await Api.OkAsync("StartQuery", Request(query, start: start, end: end, limit: limit)))["queryId"]!;

    private Task<JsonNode> ResultsAsync(string id) => Api.OkAsync("GetQueryResults", new { queryId = id });
}
