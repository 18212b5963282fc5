using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CwLogs.Emulator.Tests.Infrastructure;
using Xunit;

namespace CwLogs.Emulator.Tests.Operations;

/// <summary>DescribeLogStreams: members, ordering, filters, limits and paging.</summary>
public sealed class DescribeLogStreamsTests : EmulatorTest
{
    public DescribeLogStreamsTests(EmulatorFixture fixture) : base(fixture)
    {
    }

    [Fact]
    public async Task EmptyStream_OmitsEventTimes()
    {
        long before = Clock.NowMillis();
        await Seed.GroupWithStreamsAsync("g", "s");

        JsonNode stream = (await Api.OkAsync("DescribeLogStreams", new { logGroupName = "g" }))["logStreams"]!.AsArray().Single()!;
        Assert.Equal("s", (string?)stream["logStreamName"]);
        Assert.InRange((long)stream["creationTime"]!, before, Clock.NowMillis());
        Assert.Null(stream["firstEventTimestamp"]);
        Assert.Null(stream["lastEventTimestamp"]);
        Assert.Null(stream["lastIngestionTime"]);
        Assert.False(string.IsNullOrEmpty((string?)stream["uploadSequenceToken"]));
        Assert.Equal("arn:aws:logs:us-east-2:123456789012:log-group:g:log-stream:s", (string?)stream["arn"]);
        Assert.Equal(0, (long)stream["storedBytes"]!);
    }

    [Fact]
    public async Task StreamWithEvents_ShowsFirstLastAndIngestionTimes()
    {
        long now = Clock.NowMillis();
        await Seed.GroupWithStreamsAsync("g", "s");
        await Seed.EventsAsync("g", "s", new[] { (now - 5000, "a"), (now - 1000, "b") });
        await Seed.EventsAsync("g", "s", new[] { (now - 9000, "older, sent later") });

        JsonNode stream = (await Api.OkAsync("DescribeLogStreams", new { logGroupName = "g" }))["logStreams"]![0]!;
        Assert.Equal(now - 9000, (long)stream["firstEventTimestamp"]!);
        Assert.Equal(now - 1000, (long)stream["lastEventTimestamp"]!);
        Assert.InRange((long)stream["lastIngestionTime"]!, now, Clock.NowMillis());
    }

    [Fact]
    public async Task DefaultOrder_IsByName_DescendingReverses()
    {
        await Seed.GroupWithStreamsAsync("g", "b", "c", "a");

        Assert.Equal(new[] { "a", "b", "c" }, await NamesAsync(new { logGroupName = "g" }));
        Assert.Equal(new[] { "c", "b", "a" }, await NamesAsync(new { logGroupName = "g", descending = true }));
    }

    [Fact]
    public async Task OrderByLastEventTime_SortsByNewestEvent()
    {
        long now = Clock.NowMillis();
        await Seed.GroupWithStreamsAsync("g", "a", "b", "c");
        await Seed.EventsAsync("g", "a", new[] { (now - 1000, "x") });
        await Seed.EventsAsync("g", "b", new[] { (now - 3000, "x") });
        await Seed.EventsAsync("g", "c", new[] { (now - 2000, "x") });

        Assert.Equal(new[] { "a", "c", "b" }, await NamesAsync(new { logGroupName = "g", orderBy = "LastEventTime", descending = true }));
        Assert.Equal(new[] { "b", "c", "a" }, await NamesAsync(new { logGroupName = "g", orderBy = "LastEventTime" }));
    }

    [Fact]
    public async Task Prefix_FiltersByName()
    {
        await Seed.GroupWithStreamsAsync("g", "web-1", "web-2", "worker-1");

        Assert.Equal(new[] { "web-1", "web-2" }, await NamesAsync(new { logGroupName = "g", logStreamNamePrefix = "web-" }));
    }

    [Fact]
    public async Task PrefixWithOrderByLastEventTime_IsInvalidParameter()
    {
        await Seed.GroupAsync("g");

        await Api.ErrorAsync("DescribeLogStreams", new { logGroupName = "g", logStreamNamePrefix = "a", orderBy = "LastEventTime" }, "InvalidParameterException");
    }

    [Fact]
    public async Task UnknownOrderBy_IsInvalidParameter()
    {
        await Seed.GroupAsync("g");

        await Api.ErrorAsync("DescribeLogStreams", new { logGroupName = "g", orderBy = "CreationTime" }, "InvalidParameterException");
    }

    [Fact]
    public async Task LogGroupIdentifier_AcceptsNameOrArn()
    {
        await Seed.GroupWithStreamsAsync("/app/g", "s");

        Assert.Equal(new[] { "s" }, await NamesAsync(new { logGroupIdentifier = "/app/g" }));
        Assert.Equal(new[] { "s" }, await NamesAsync(new { logGroupIdentifier = "arn:aws:logs:us-east-2:123456789012:log-group:/app/g" }));
    }

    [Fact]
    public async Task LogGroupIdentifier_LegacyArnEndingWithStar_IsInvalidParameter()
    {
        await Seed.GroupWithStreamsAsync("/app/g", "s");

        ApiResult result = await Api.ErrorAsync("DescribeLogStreams", new { logGroupIdentifier = "arn:aws:logs:us-east-2:123456789012:log-group:/app/g:*" }, "InvalidParameterException");

        Assert.Contains("logGroupIdentifier", result.Message);
    }

    [Fact]
    public async Task NameAndIdentifierTogether_OrNeither_IsInvalidParameter()
    {
        await Seed.GroupAsync("g");

        await Api.ErrorAsync("DescribeLogStreams", new { logGroupName = "g", logGroupIdentifier = "g" }, "InvalidParameterException");
        await Api.ErrorAsync("DescribeLogStreams", new { }, "InvalidParameterException");
    }

    [Fact]
    public async Task MissingGroup_IsResourceNotFound()
    {
        await Api.ErrorAsync("DescribeLogStreams", new { logGroupName = "nope" }, "ResourceNotFoundException");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    public async Task LimitOutside1To50_IsInvalidParameter(int limit)
    {
        await Seed.GroupAsync("g");

        await Api.ErrorAsync("DescribeLogStreams", new { logGroupName = "g", limit }, "InvalidParameterException");
    }

    [Fact]
    public async Task Paging_WalksAllStreamsOnce_InChosenOrder()
    {
        await Seed.GroupWithStreamsAsync("g", "s1", "s2", "s3", "s4", "s5");

        List<JsonNode> pages = await Api.AllPagesAsync("DescribeLogStreams", new { logGroupName = "g", descending = true, limit = 2 });
        IEnumerable<string> seen = pages.SelectMany(p => p["logStreams"]!.AsArray().Select(s => (string)s!["logStreamName"]!));

        Assert.Equal(3, pages.Count);
        Assert.Equal(new[] { "s5", "s4", "s3", "s2", "s1" }, seen);
    }

    [Theory]
    [InlineData(false, "a", new[] { "b", "c" }, new[] { "d", "e" })]
    [InlineData(true, "f", new[] { "e", "d" }, new[] { "c", "b" })]
    public async Task NextToken_ContinuesAfterTheLastNameReturned(bool descending, string added, string[] firstPage, string[] secondPage)
    {
        await Seed.GroupWithStreamsAsync("g", "b", "c", "d", "e");
        JsonNode first = await Api.OkAsync("DescribeLogStreams", new { logGroupName = "g", descending, limit = 2 });
        await Seed.StreamAsync("g", added); // sorts before the page just read

        JsonNode second = await Api.OkAsync("DescribeLogStreams", new { logGroupName = "g", descending, limit = 2, nextToken = (string)first["nextToken"]! });

        Assert.Equal(firstPage, Names(first));
        Assert.Equal(secondPage, Names(second));
    }

    [Fact]
    public async Task NextToken_ByLastEventTime_ContinuesAfterTheLastStreamReturned()
    {
        await Seed.GroupWithStreamsAsync("g", "s1", "s2", "s3", "s4");
        long start = Clock.NowMillis() - Clock.Hour;
        for (int i = 1; i <= 4; i++) await Seed.EventsAsync("g", $"s{i}", new[] { (start + i, "m") });
        JsonNode first = await Api.OkAsync("DescribeLogStreams", new { logGroupName = "g", orderBy = "LastEventTime", limit = 2 });
        await Seed.StreamAsync("g", "new"); // no events yet: sorts before the page just read

        JsonNode second = await Api.OkAsync("DescribeLogStreams", new { logGroupName = "g", orderBy = "LastEventTime", limit = 2, nextToken = (string)first["nextToken"]! });

        Assert.Equal(new[] { "s1", "s2" }, Names(first));
        Assert.Equal(new[] { "s3", "s4" }, Names(second));
    }

    [Fact]
    public async Task Limit1_And50_AreAccepted()
    {
        await Seed.GroupWithStreamsAsync("g", "a", "b");

        Assert.Equal(new[] { "a" }, await NamesAsync(new { logGroupName = "g", limit = 1 }));
        Assert.Equal(new[] { "a", "b" }, await NamesAsync(new { logGroupName = "g", limit = 50 }));
    }

    private async Task<string[]> NamesAsync(object request) => Names(await Api.OkAsync("DescribeLogStreams", request));

    private static string[] Names(JsonNode page) =>
        page["logStreams"]!.AsArray().Select(s => (string)s!["logStreamName"]!).ToArray();
}
