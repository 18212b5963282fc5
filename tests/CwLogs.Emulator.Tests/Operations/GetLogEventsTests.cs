using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CwLogs.Emulator.Tests.Infrastructure;
using Xunit;

namespace CwLogs.Emulator.Tests.Operations;

/// <summary>GetLogEvents: direction, time window, limits, the 1 MB page cap and AWS's end-of-stream token rule.</summary>
public sealed class GetLogEventsTests : EmulatorTest
{
    private long _start;

    public GetLogEventsTests(EmulatorFixture fixture) : base(fixture)
    {
    }

    [Fact]
    public async Task WithoutToken_ReturnsNewestPage_Ascending()
    {
        await SeedAsync(5);

        JsonNode page = await GetAsync(new { limit = 2 });

        Assert.Equal(new[] { "event-3", "event-4" }, Messages(page));
        Assert.Matches("^f/[0-9]{36}$", (string?)page["nextForwardToken"]);
        Assert.Matches("^b/[0-9]{36}$", (string?)page["nextBackwardToken"]);
    }

    [Fact]
    public async Task StartFromHead_ReturnsOldestPage()
    {
        await SeedAsync(5);

        Assert.Equal(new[] { "event-0", "event-1" }, Messages(await GetAsync(new { limit = 2, startFromHead = true })));
    }

    [Fact]
    public async Task PagingForward_EndsWithEmptyPageRepeatingTheToken()
    {
        await SeedAsync(5);

        var seen = new List<string>();
        JsonNode page = await GetAsync(new { limit = 2, startFromHead = true });
        seen.AddRange(Messages(page));
        string sent;
        int calls = 1;
        while (true)
        {
            sent = (string)page["nextForwardToken"]!;
            page = await GetAsync(new { limit = 2, nextToken = sent });
            calls++;
            if ((string?)page["nextForwardToken"] == sent) break;
            seen.AddRange(Messages(page));
        }

        Assert.Empty(page["events"]!.AsArray());
        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"event-{i}"), seen);
        Assert.Equal(4, calls); // 2 + 2 + 1 events, then the empty page with the same token
    }

    [Fact]
    public async Task PagingBackward_EndsWithEmptyPageRepeatingTheToken()
    {
        await SeedAsync(5);

        var pages = new List<string[]>();
        JsonNode page = await GetAsync(new { limit = 2 });
        pages.Add(Messages(page));
        while (true)
        {
            string sent = (string)page["nextBackwardToken"]!;
            page = await GetAsync(new { limit = 2, nextToken = sent });
            if ((string?)page["nextBackwardToken"] == sent) break;
            pages.Add(Messages(page));
        }

        Assert.Empty(page["events"]!.AsArray());
        Assert.Equal(new[] { "event-3", "event-4", "event-1", "event-2", "event-0" }, pages.SelectMany(p => p));
    }

    [Fact]
    public async Task ForwardToken_FromNewestPage_PicksUpLaterEvents()
    {
        await SeedAsync(2);
        JsonNode first = await GetAsync(new { });
        await Seed.EventsAsync("g", "s", new[] { (_start + 10, "later") });

        JsonNode next = await GetAsync(new { nextToken = (string)first["nextForwardToken"]! });

        Assert.Equal(new[] { "later" }, Messages(next));
    }

    [Fact]
    public async Task ForwardToken_ContinuesAfterTheLastEventReturned_WhenOlderEventsArrive()
    {
        await SeedAsync(4); // _start + 0..3
        JsonNode first = await GetAsync(new { limit = 2, startFromHead = true });
        await Seed.EventsAsync("g", "s", new[] { (_start - 10, "older") });

        JsonNode second = await GetAsync(new { limit = 2, nextToken = (string)first["nextForwardToken"]! });

        Assert.Equal(new[] { "event-0", "event-1" }, Messages(first));
        Assert.Equal(new[] { "event-2", "event-3" }, Messages(second));
    }

    [Fact]
    public async Task BackwardToken_ContinuesBeforeTheFirstEventReturned_WhenOlderEventsArrive()
    {
        await SeedAsync(4);
        JsonNode newest = await GetAsync(new { limit = 2 });
        await Seed.EventsAsync("g", "s", new[] { (_start - 10, "older") });

        JsonNode before = await GetAsync(new { limit = 2, nextToken = (string)newest["nextBackwardToken"]! });
        JsonNode oldest = await GetAsync(new { limit = 2, nextToken = (string)before["nextBackwardToken"]! });

        Assert.Equal(new[] { "event-2", "event-3" }, Messages(newest));
        Assert.Equal(new[] { "event-0", "event-1" }, Messages(before));
        Assert.Equal(new[] { "older" }, Messages(oldest));
    }

    [Fact]
    public async Task TurningAround_ForwardAfterBackward_ReturnsTheFollowingEvents()
    {
        await SeedAsync(5);
        JsonNode newest = await GetAsync(new { limit = 2 }); // 3, 4
        JsonNode before = await GetAsync(new { limit = 2, nextToken = (string)newest["nextBackwardToken"]! }); // 1, 2

        JsonNode forward = await GetAsync(new { limit = 2, nextToken = (string)before["nextForwardToken"]! });

        Assert.Equal(new[] { "event-3", "event-4" }, Messages(forward));
    }

    [Fact]
    public async Task LogGroupIdentifier_LegacyArnEndingWithStar_IsInvalidParameter()
    {
        await SeedAsync(1);

        ApiResult result = await Api.ErrorAsync("GetLogEvents", new { logGroupIdentifier = "arn:aws:logs:us-east-2:123456789012:log-group:g:*", logStreamName = "s" }, "InvalidParameterException");

        Assert.Contains("logGroupIdentifier", result.Message);
    }

    [Fact]
    public async Task EmptyStream_ReturnsNoEventsAndTokens()
    {
        await Seed.GroupWithStreamsAsync("g", "s");

        JsonNode page = await GetAsync(new { });

        Assert.Empty(page["events"]!.AsArray());
        Assert.NotNull(page["nextForwardToken"]);
        Assert.NotNull(page["nextBackwardToken"]);
    }

    [Fact]
    public async Task StartTimeIsInclusive_EndTimeIsExclusive()
    {
        await SeedAsync(5); // timestamps _start + 0..4

        JsonNode page = await GetAsync(new { startTime = _start + 1, endTime = _start + 3, startFromHead = true });

        Assert.Equal(new[] { "event-1", "event-2" }, Messages(page));
    }

    [Fact]
    public async Task EventsAreReturnedInTimestampOrder_EvenWhenSentOutOfOrderAcrossCalls()
    {
        await Seed.GroupWithStreamsAsync("g", "s");
        long now = Clock.NowMillis();
        await Seed.EventsAsync("g", "s", new[] { (now - 10, "second"), (now - 5, "third") });
        await Seed.EventsAsync("g", "s", new[] { (now - 20, "first") });

        Assert.Equal(new[] { "first", "second", "third" }, Messages(await GetAsync(new { startFromHead = true })));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10_001)]
    public async Task LimitOutside1To10000_IsInvalidParameter(int limit)
    {
        await Seed.GroupWithStreamsAsync("g", "s");

        ApiResult result = await Api.ErrorAsync("GetLogEvents", new { logGroupName = "g", logStreamName = "s", limit }, "InvalidParameterException");
        Assert.Contains("limit", result.Message);
    }

    [Fact]
    public async Task DefaultPage_HoldsAtMost10000Events()
    {
        await Seed.GroupWithStreamsAsync("g", "s");
        _start = Clock.NowMillis() - Clock.Hour;
        await Seed.EventsAsync("g", "s", Seed.Numbered(10_000, _start, "a"));
        await Seed.EventsAsync("g", "s", Seed.Numbered(5, _start + 20_000, "b"));

        JsonNode newest = await GetAsync(new { });
        Assert.Equal(10_000, newest["events"]!.AsArray().Count);
        Assert.Equal("b-4", Messages(newest).Last());

        JsonNode explicitLimit = await GetAsync(new { limit = 10_000, startFromHead = true });
        Assert.Equal(10_000, explicitLimit["events"]!.AsArray().Count);
        Assert.Equal("a-0", Messages(explicitLimit).First());

        JsonNode older = await GetAsync(new { nextToken = (string)newest["nextBackwardToken"]! });
        Assert.Equal(new[] { "a-0", "a-1", "a-2", "a-3", "a-4" }, Messages(older));
    }

    [Fact]
    public async Task Page_StopsAt1MiBOfEvents()
    {
        await Seed.GroupWithStreamsAsync("g", "s");
        long now = Clock.NowMillis();
        // Each event is 262,144 bytes (message + 26): four fill 1 MiB exactly.
        string big = new('x', 262_144 - 26);
        await Seed.EventsAsync("g", "s", Enumerable.Range(0, 4).Select(i => (now - 10 + i, big)));
        await Seed.EventsAsync("g", "s", new[] { (now, "small") });

        JsonNode head = await GetAsync(new { startFromHead = true });
        Assert.Equal(4, head["events"]!.AsArray().Count);
        JsonNode rest = await GetAsync(new { nextToken = (string)head["nextForwardToken"]! });
        Assert.Equal(new[] { "small" }, Messages(rest));

        JsonNode newest = await GetAsync(new { });
        Assert.Equal(4, newest["events"]!.AsArray().Count); // small + 3 big; a 4th big would pass 1 MiB
        Assert.Equal("small", Messages(newest).Last());
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("f/123")]
    [InlineData("x/000000000000000000000000000000000001")]
    public async Task ForeignToken_IsInvalidParameter(string token)
    {
        await Seed.GroupWithStreamsAsync("g", "s");

        await Api.ErrorAsync("GetLogEvents", new { logGroupName = "g", logStreamName = "s", nextToken = token }, "InvalidParameterException");
    }

    [Fact]
    public async Task MissingGroupOrStream_IsResourceNotFound()
    {
        await Api.ErrorAsync("GetLogEvents", new { logGroupName = "nope", logStreamName = "s" }, "ResourceNotFoundException");
        await Seed.GroupAsync("g");
        await Api.ErrorAsync("GetLogEvents", new { logGroupName = "g", logStreamName = "nope" }, "ResourceNotFoundException");
    }

    [Fact]
    public async Task LogGroupIdentifier_AcceptsArn()
    {
        await SeedAsync(1);

        JsonNode page = await Api.OkAsync("GetLogEvents", new { logGroupIdentifier = "arn:aws:logs:us-east-2:123456789012:log-group:g", logStreamName = "s" });

        Assert.Equal(new[] { "event-0" }, Messages(page));
    }

    private async Task SeedAsync(int count)
    {
        await Seed.GroupWithStreamsAsync("g", "s");
        _start = Clock.NowMillis() - Clock.Hour;
        await Seed.EventsAsync("g", "s", Seed.Numbered(count, _start));
    }

    private Task<JsonNode> GetAsync(object extra)
    {
        JsonObject body = LogsApi.ToJson(extra);
        body["logGroupName"] = "g";
        body["logStreamName"] = "s";
        return Api.OkAsync("GetLogEvents", body);
    }

    private static string[] Messages(JsonNode page) =>
        page["events"]!.AsArray().Select(e => (string)e!["message"]!).ToArray();
}
