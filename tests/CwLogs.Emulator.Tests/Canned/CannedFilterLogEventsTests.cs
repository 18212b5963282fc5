using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CwLogs.Emulator.Tests.Infrastructure;
using Xunit;

namespace CwLogs.Emulator.Tests.Canned;

/// <summary>Canned mode's FilterLogEvents: group search-SxM, S streams of M events merged by timestamp.</summary>
public sealed class CannedFilterLogEventsTests : IClassFixture<CannedFixture>
{
    private const long FirstTimestamp = 1_767_225_600_000;
    private readonly LogsApi _api;

    public CannedFilterLogEventsTests(CannedFixture fixture) => _api = fixture.Api;

    [Fact]
    public async Task AllEvents_MergedByTimestamp_GlobalEventGInStreamGModS()
    {
        List<JsonNode> pages = await _api.AllPagesAsync("FilterLogEvents", new { logGroupName = "search-7x3000" });

        Assert.Equal(new[] { 10_000, 10_000, 1_000 }, pages.Select(p => p["events"]!.AsArray().Count));
        List<JsonNode> events = pages.SelectMany(p => p["events"]!.AsArray()).Select(e => e!).ToList();
        for (int g = 0; g < events.Count; g++)
        {
            JsonNode e = events[g];
            Assert.Equal(FirstTimestamp + g, (long)e["timestamp"]!);
            Assert.Equal($"stream-{g % 7:D3}", (string)e["logStreamName"]!);
            Assert.Equal(FirstTimestamp + g + 1000, (long)e["ingestionTime"]!);
            Assert.Matches("^[0-9]{56}$", (string)e["eventId"]!);
        }
        Assert.Equal(events.Count, events.Select(e => (string)e["eventId"]!).Distinct().Count());
        Assert.All(pages, p => Assert.Empty(p["searchedLogStreams"]!.AsArray()));
    }

    [Theory]
    [InlineData("ERROR")]
    [InlineData("\"ERROR\"")]
    public async Task ErrorTerm_ReturnsExactlyTheTenPercentThatMatch(string pattern)
    {
        List<JsonNode> pages = await _api.AllPagesAsync("FilterLogEvents", new { logGroupName = "search-100x1000", filterPattern = pattern });

        Assert.Equal(new[] { 10_000 }, pages.Select(p => p["events"]!.AsArray().Count));
        List<long> globals = pages.SelectMany(p => p["events"]!.AsArray()).Select(e => (long)e!["timestamp"]! - FirstTimestamp).ToList();
        Assert.Equal(Enumerable.Range(0, 100_000).Where(g => g % 10 == 7).Select(g => (long)g), globals);
        Assert.All(pages.SelectMany(p => p["events"]!.AsArray()), e => Assert.Contains("ERROR", (string)e!["message"]!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Term_IsACaseSensitiveSubstring()
    {
        JsonNode page = await _api.OkAsync("FilterLogEvents", new { logGroupName = "search-2x100", filterPattern = "worker-3]" });

        List<long> globals = page["events"]!.AsArray().Select(e => (long)e!["timestamp"]! - FirstTimestamp).ToList();
        Assert.Equal(Enumerable.Range(0, 200).Where(g => g % 8 == 3).Select(g => (long)g), globals);
        Assert.Empty((await _api.OkAsync("FilterLogEvents", new { logGroupName = "search-2x100", filterPattern = "error" }))["events"]!.AsArray());
    }

    [Fact]
    public async Task NextToken_IsOmittedOnTheLastPage_EvenWhenItEndsBeforeTheLastEvent()
    {
        // The last ERROR event of search-1x20 is g = 17; the page after it is empty, so no token may lead there.
        JsonNode first = await _api.OkAsync("FilterLogEvents", new { logGroupName = "search-1x20", filterPattern = "ERROR", limit = 1 });
        JsonNode second = await _api.OkAsync("FilterLogEvents", new { logGroupName = "search-1x20", filterPattern = "ERROR", limit = 1, nextToken = (string)first["nextToken"]! });

        Assert.Equal(FirstTimestamp + 7, (long)first["events"]![0]!["timestamp"]!);
        Assert.Equal(FirstTimestamp + 17, (long)second["events"]![0]!["timestamp"]!);
        Assert.Null(second["nextToken"]);
    }

    [Fact]
    public async Task UnknownGroup_IsResourceNotFound()
    {
        ApiResult result = await _api.ErrorAsync("FilterLogEvents", new { logGroupName = "search-0x10" }, "ResourceNotFoundException");

        Assert.Equal("The specified log group does not exist.", result.Message);
    }

    [Fact]
    public async Task MalformedToken_IsInvalidParameter()
    {
        await _api.ErrorAsync("FilterLogEvents", new { logGroupName = "search-1x20", nextToken = "next!" }, "InvalidParameterException");
    }
}
