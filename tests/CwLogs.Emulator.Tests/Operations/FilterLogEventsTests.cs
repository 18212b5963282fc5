using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CwLogs.Emulator.Tests.Infrastructure;
using Xunit;

namespace CwLogs.Emulator.Tests.Operations;

/// <summary>FilterLogEvents over the API: stream selection, time range, patterns, output members and paging.</summary>
public sealed class FilterLogEventsTests : EmulatorTest
{
    private long _start;

    public FilterLogEventsTests(EmulatorFixture fixture) : base(fixture)
    {
    }

    [Fact]
    public async Task MergesAllStreamsByTimestamp_WithAllMembers()
    {
        await SeedThreeStreamsAsync();

        JsonNode result = await FilterAsync(new { });

        JsonArray events = result["events"]!.AsArray();
        Assert.Equal(new[] { "a-0", "b-0", "c-0", "a-1", "b-1", "c-1" }, Messages(result));
        Assert.Equal(new[] { "a", "b", "c", "a", "b", "c" }, events.Select(e => (string)e!["logStreamName"]!));
        Assert.Equal(_start, (long)events[0]!["timestamp"]!);
        Assert.True((long)events[0]!["ingestionTime"]! >= _start);
        Assert.Matches("^[0-9]+$", (string?)events[0]!["eventId"]);
        Assert.Equal(events.Count, events.Select(e => (string)e!["eventId"]!).Distinct().Count());
        Assert.Empty(result["searchedLogStreams"]!.AsArray()); // deprecated: AWS returns an empty list
        Assert.Null(result["nextToken"]);
    }

    [Fact]
    public async Task EventIds_AreStableAcrossCalls()
    {
        await SeedThreeStreamsAsync();

        string[] first = EventIds(await FilterAsync(new { }));
        string[] second = EventIds(await FilterAsync(new { }));

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task LogStreamNames_SelectStreams()
    {
        await SeedThreeStreamsAsync();

        JsonNode result = await FilterAsync(new { logStreamNames = new[] { "a", "c" } });

        Assert.Equal(new[] { "a-0", "c-0", "a-1", "c-1" }, Messages(result));
    }

    [Fact]
    public async Task LogStreamNamePrefix_SelectsStreams()
    {
        await Seed.GroupWithStreamsAsync("g", "web-1", "worker-1");
        _start = Clock.NowMillis() - Clock.Hour;
        await Seed.EventsAsync("g", "web-1", new[] { (_start, "from web") });
        await Seed.EventsAsync("g", "worker-1", new[] { (_start, "from worker") });

        Assert.Equal(new[] { "from web" }, Messages(await FilterAsync(new { logStreamNamePrefix = "web" })));
    }

    [Fact]
    public async Task NamesAndPrefixTogether_IsInvalidParameter()
    {
        await Seed.GroupAsync("g");

        await Api.ErrorAsync("FilterLogEvents", new { logGroupName = "g", logStreamNames = new[] { "a" }, logStreamNamePrefix = "a" }, "InvalidParameterException");
    }

    [Fact]
    public async Task HundredStreamNames_AreAccepted_HundredAndOneRejected()
    {
        await Seed.GroupAsync("g");

        await Api.OkAsync("FilterLogEvents", new { logGroupName = "g", logStreamNames = Enumerable.Range(0, 100).Select(i => $"s{i}").ToArray() });
        ApiResult result = await Api.ErrorAsync("FilterLogEvents", new { logGroupName = "g", logStreamNames = Enumerable.Range(0, 101).Select(i => $"s{i}").ToArray() }, "InvalidParameterException");
        Assert.Contains("logStreamNames", result.Message);
    }

    [Fact]
    public async Task StartAndEndTime_AreBothInclusive()
    {
        await SeedThreeStreamsAsync(); // timestamps _start (x-0) and _start + 10 (x-1)

        Assert.Equal(new[] { "a-1", "b-1", "c-1" }, Messages(await FilterAsync(new { startTime = _start + 10 })));
        Assert.Equal(new[] { "a-0", "b-0", "c-0" }, Messages(await FilterAsync(new { endTime = _start })));
        Assert.Empty(Messages(await FilterAsync(new { startTime = _start + 1, endTime = _start + 9 })));
    }

    [Fact]
    public async Task FilterPattern_IsApplied()
    {
        await Seed.GroupWithStreamsAsync("g", "s");
        _start = Clock.NowMillis() - Clock.Hour;
        await Seed.EventsAsync("g", "s", new[]
        {
            (_start, "ERROR disk full"),
            (_start + 1, "INFO started"),
            (_start + 2, "{\"level\":\"ERROR\",\"latency\":120}"),
            (_start + 3, "{\"level\":\"INFO\",\"latency\":3}"),
        });

        Assert.Equal(new[] { "ERROR disk full" }, Messages(await FilterAsync(new { filterPattern = "ERROR disk" })));
        Assert.Equal(new[] { "{\"level\":\"ERROR\",\"latency\":120}" }, Messages(await FilterAsync(new { filterPattern = "{ $.latency > 100 }" })));
        Assert.Equal(2, Messages(await FilterAsync(new { filterPattern = "?started ?full" })).Length);
    }

    [Fact]
    public async Task SpaceDelimitedPattern_IsApplied()
    {
        await Seed.GroupWithStreamsAsync("g", "s");
        _start = Clock.NowMillis() - Clock.Hour;
        await Seed.EventsAsync("g", "s", new[]
        {
            (_start, "10.0.0.1 - - [10/Oct/2000:13:25:15 -0700] \"GET /a HTTP/1.0\" 200 512"),
            (_start + 1, "10.0.0.2 - - [10/Oct/2000:13:25:16 -0700] \"GET /b HTTP/1.0\" 404 2048"),
            (_start + 2, "10.0.0.3 - - [10/Oct/2000:13:25:17 -0700] \"GET /c HTTP/1.0\" 403 10"),
            (_start + 3, "not an access log line"),
        });

        string[] matched = Messages(await FilterAsync(new { filterPattern = "[ip, ..., status_code = 4* && status_code != 403, bytes > 1000]" }));

        Assert.Equal(new[] { "10.0.0.2 - - [10/Oct/2000:13:25:16 -0700] \"GET /b HTTP/1.0\" 404 2048" }, matched);
    }

    [Fact]
    public async Task NextToken_ContinuesAfterTheLastEventReturned_WhenOlderEventsArrive()
    {
        await Seed.GroupWithStreamsAsync("g", "a", "b");
        _start = Clock.NowMillis() - Clock.Hour;
        await Seed.EventsAsync("g", "a", Seed.Numbered(4, _start, "a"));
        JsonNode first = await FilterAsync(new { limit = 2 });
        await Seed.EventsAsync("g", "b", new[] { (_start - 10, "older") });

        JsonNode second = await FilterAsync(new { limit = 2, nextToken = (string)first["nextToken"]! });

        Assert.Equal(new[] { "a-0", "a-1" }, Messages(first));
        Assert.Equal(new[] { "a-2", "a-3" }, Messages(second));
    }

    [Fact]
    public async Task LogGroupIdentifier_LegacyArnEndingWithStar_IsInvalidParameter()
    {
        await Seed.GroupAsync("g");

        ApiResult result = await Api.ErrorAsync("FilterLogEvents", new { logGroupIdentifier = "arn:aws:logs:us-east-2:123456789012:log-group:g:*" }, "InvalidParameterException");

        Assert.Contains("logGroupIdentifier", result.Message);
    }

    [Theory]
    [InlineData("\"unterminated")]
    [InlineData("{ $.a = }")]
    [InlineData("{ $.a = 1")]
    public async Task InvalidPattern_IsInvalidParameter(string pattern)
    {
        await Seed.GroupAsync("g");

        await Api.ErrorAsync("FilterLogEvents", new { logGroupName = "g", filterPattern = pattern }, "InvalidParameterException");
    }

    [Fact]
    public async Task PatternLongerThan1024_IsInvalidParameter()
    {
        await Seed.GroupAsync("g");
        await Api.OkAsync("FilterLogEvents", new { logGroupName = "g", filterPattern = new string('a', 1024) });

        ApiResult result = await Api.ErrorAsync("FilterLogEvents", new { logGroupName = "g", filterPattern = new string('a', 1025) }, "InvalidParameterException");
        Assert.Contains("'filterPattern'", result.Message);
    }

    [Fact]
    public async Task Paging_WalksAllMatchesOnce_AndLastPageHasNoToken()
    {
        await Seed.GroupWithStreamsAsync("g", "a", "b", "c");
        _start = Clock.NowMillis() - Clock.Hour;
        foreach (string stream in new[] { "a", "b", "c" })
            await Seed.EventsAsync("g", stream, Enumerable.Range(0, 8).Select(i => (_start + i * 3 + stream[0] - 'a', $"{stream}{i}")));

        List<JsonNode> pages = await Api.AllPagesAsync("FilterLogEvents", new { logGroupName = "g", limit = 10 });
        List<string> seen = pages.SelectMany(Messages).ToList();

        Assert.Equal(3, pages.Count);
        Assert.Equal(24, seen.Count);
        Assert.Equal(24, seen.Distinct().Count());
        Assert.Equal(new[] { "a0", "b0", "c0", "a1" }, seen.Take(4));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10_001)]
    public async Task LimitOutside1To10000_IsInvalidParameter(int limit)
    {
        await Seed.GroupAsync("g");

        await Api.ErrorAsync("FilterLogEvents", new { logGroupName = "g", limit }, "InvalidParameterException");
    }

    [Fact]
    public async Task MissingGroup_IsResourceNotFound()
    {
        await Api.ErrorAsync("FilterLogEvents", new { logGroupName = "nope" }, "ResourceNotFoundException");
    }

    [Fact]
    public async Task ForeignNextToken_IsInvalidParameter()
    {
        await Seed.GroupAsync("g");

        await Api.ErrorAsync("FilterLogEvents", new { logGroupName = "g", nextToken = "f/000000000000000000000000000000000001" }, "InvalidParameterException");
    }

    private async Task SeedThreeStreamsAsync()
    {
        await Seed.GroupWithStreamsAsync("g", "a", "b", "c");
        _start = Clock.NowMillis() - Clock.Hour;
        foreach (string stream in new[] { "a", "b", "c" })
            await Seed.EventsAsync("g", stream, new[] { (_start, $"{stream}-0"), (_start + 10, $"{stream}-1") });
    }

    private Task<JsonNode> FilterAsync(object extra)
    {
        JsonObject body = LogsApi.ToJson(extra);
        body["logGroupName"] = "g";
        return Api.OkAsync("FilterLogEvents", body);
    }

    private static string[] Messages(JsonNode page) =>
        page["events"]!.AsArray().Select(e => (string)e!["message"]!).ToArray();

    private static string[] EventIds(JsonNode page) =>
        page["events"]!.AsArray().Select(e => (string)e!["eventId"]!).ToArray();
}
