using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CwLogs.Emulator.Canned;
using CwLogs.Emulator.Tests.Infrastructure;
using Xunit;

namespace CwLogs.Emulator.Tests.Canned;

/// <summary>Canned mode's GetLogEvents: stream events-N read forward page by page, from cached bytes.</summary>
public sealed class CannedGetLogEventsTests : IClassFixture<CannedFixture>
{
    private const long FirstTimestamp = 1_767_225_600_000; // 2026-01-01T00:00:00Z, per the benchmark contract
    private const string ZeroToken = "f/000000000000000000000000000000000000";
    private readonly LogsApi _api;

    public CannedGetLogEventsTests(CannedFixture fixture) => _api = fixture.Api;

    [Fact]
    public async Task Events25000_PagesOf10000_EndWithTheRepeatedToken_AndHoldEveryEventOnce()
    {
        List<JsonNode> pages = await ReadStreamAsync("events-25000");

        Assert.Equal(new[] { 10_000, 10_000, 5_000, 0 }, pages.Select(p => p["events"]!.AsArray().Count));
        Assert.Equal(new[] { Token(10_000), Token(20_000), Token(25_000), Token(25_000) },
            pages.Select(p => (string)p["nextForwardToken"]!));
        Assert.All(pages, p => Assert.Matches("^b/[0-9]{36}$", (string)p["nextBackwardToken"]!));

        List<JsonNode> events = pages.SelectMany(p => p["events"]!.AsArray()).Select(e => e!).ToList();
        List<long> indexes = events.Select(e => (long)e["timestamp"]! - FirstTimestamp).ToList();
        Assert.Equal(Enumerable.Range(0, 25_000).Select(i => (long)i), indexes); // every index once, in order
        Assert.All(events, e => Assert.Equal((long)e["timestamp"]! + 1000, (long)e["ingestionTime"]!));
    }

    [Fact]
    public async Task Messages_AreAbout70AsciiBytes_WithErrorExactlyAtIndexesEndingIn7()
    {
        JsonArray events = (await _api.OkAsync("GetLogEvents", new { logGroupName = "any", logStreamName = "events-1000", startFromHead = true }))["events"]!.AsArray();

        for (int i = 0; i < events.Count; i++)
        {
            string message = (string)events[i]!["message"]!;
            Assert.InRange(message.Length, 60, 80);
            Assert.All(message, c => Assert.InRange(c, ' ', '~'));
            Assert.StartsWith("2026-01-01T00:00:", message);
            Assert.Equal(i % 10 == 7, message.Contains("ERROR", System.StringComparison.Ordinal));
            Assert.Contains($" request {i} ", message);
        }
    }

    [Fact]
    public async Task Limit_CapsThePage_AndTheNextPageContinuesAfterIt()
    {
        JsonNode first = await _api.OkAsync("GetLogEvents", new { logGroupName = "g", logStreamName = "events-10", startFromHead = true, limit = 4 });
        JsonNode second = await _api.OkAsync("GetLogEvents", new { logGroupName = "g", logStreamName = "events-10", nextToken = (string)first["nextForwardToken"]!, limit = 4 });

        Assert.Equal(new long[] { 0, 1, 2, 3 }, Indexes(first));
        Assert.Equal(new long[] { 4, 5, 6, 7 }, Indexes(second));
        Assert.Equal(Token(8), (string)second["nextForwardToken"]!);
    }

    [Fact]
    public async Task AFullPage_StaysWithinTheMegabyteRule()
    {
        JsonNode page = await _api.OkAsync("GetLogEvents", new { logGroupName = "g", logStreamName = "events-1000000", nextToken = Token(990_000) });

        JsonArray events = page["events"]!.AsArray();
        Assert.Equal(10_000, events.Count);
        long counted = events.Sum(e => System.Text.Encoding.UTF8.GetByteCount((string)e!["message"]!) + 26);
        Assert.True(counted <= 1_048_576, $"page counts {counted} bytes");
        Assert.Equal(Token(1_000_000), (string)page["nextForwardToken"]!);
    }

    [Fact]
    public void PagePlan_StopsBeforeTheEventThatWouldPassTheByteCap()
    {
        // With ~100 bytes per event the 1 MB cap never binds before the 10,000-event limit; a small cap shows the rule.
        int sizeOfFirstThree = Enumerable.Range(0, 3).Sum(i => CannedEvents.SizeOf(i));

        PagePlan plan = PagePlan.Forward(total: 100, from: 0, limit: 10_000, matches: null, maxBytes: sizeOfFirstThree + 1);

        Assert.Equal(new[] { 0, 1, 2 }, plan.Indexes);
        Assert.Equal(3, plan.Next);
    }

    [Fact]
    public async Task SamePageTwiceAtOnce_IsTheSameBytes()
    {
        var body = new { logGroupName = "g", logStreamName = "events-200000", nextToken = Token(50_000) };
        ApiResult[] results = await Task.WhenAll(_api.CallAsync("GetLogEvents", body), _api.CallAsync("GetLogEvents", body));

        Assert.All(results, r => Assert.Equal(System.Net.HttpStatusCode.OK, r.Status));
        Assert.Equal(results[0].Raw, results[1].Raw);
        Assert.Equal("application/x-amz-json-1.1", results[0].ContentType);
    }

    [Fact]
    public async Task WithoutToken_ReadsFromTheHead_AndAnEmptyStreamReturnsItsOwnToken()
    {
        JsonNode page = await _api.OkAsync("GetLogEvents", new { logGroupName = "g", logStreamName = "events-0" });

        Assert.Empty(page["events"]!.AsArray());
        Assert.Equal(ZeroToken, (string)page["nextForwardToken"]!);
    }

    [Theory]
    [InlineData("events")]
    [InlineData("events-")]
    [InlineData("events-12a")]
    [InlineData("stream-000")]
    public async Task OtherStreamNames_AreResourceNotFound(string stream)
    {
        ApiResult result = await _api.ErrorAsync("GetLogEvents", new { logGroupName = "g", logStreamName = stream }, "ResourceNotFoundException");

        Assert.Equal("The specified log stream does not exist.", result.Message);
    }

    [Fact]
    public async Task BackwardOrMalformedTokens_AreInvalidParameter()
    {
        await _api.ErrorAsync("GetLogEvents", new { logGroupName = "g", logStreamName = "events-10", nextToken = "b/000000000000000000000000000000000005" }, "InvalidParameterException");
        await _api.ErrorAsync("GetLogEvents", new { logGroupName = "g", logStreamName = "events-10", nextToken = "f/5" }, "InvalidParameterException");
    }

    [Fact]
    public async Task LimitOutOfRange_IsInvalidParameter()
    {
        ApiResult result = await _api.ErrorAsync("GetLogEvents", new { logGroupName = "g", logStreamName = "events-10", limit = 10_001 }, "InvalidParameterException");

        Assert.Contains("Member must have value less than or equal to 10000", result.Message);
    }

    [Fact]
    public async Task MalformedBody_IsSerializationException()
    {
        ApiResult result = await _api.SendAsync(_api.Request("Logs_20140328.GetLogEvents", "{\"logStreamName\":"));

        LogsApi.AssertError(result, "SerializationException");
    }

    private async Task<List<JsonNode>> ReadStreamAsync(string stream)
    {
        var pages = new List<JsonNode>();
        JsonObject body = LogsApi.ToJson(new { logGroupName = "bench", logStreamName = stream, startFromHead = true });
        string? asked = null;
        while (pages.Count < 100)
        {
            JsonNode page = await _api.OkAsync("GetLogEvents", body);
            pages.Add(page);
            string next = (string)page["nextForwardToken"]!;
            if (next == asked) break; // AWS's end of stream: the same token again
            body["nextToken"] = asked = next;
        }
        return pages;
    }

    private static long[] Indexes(JsonNode page) =>
        page["events"]!.AsArray().Select(e => (long)e!["timestamp"]! - FirstTimestamp).ToArray();

    private static string Token(long index) => "f/" + index.ToString("D36", System.Globalization.CultureInfo.InvariantCulture);
}
