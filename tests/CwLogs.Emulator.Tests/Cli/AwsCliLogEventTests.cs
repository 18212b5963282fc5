using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CwLogs.Emulator.Tests.Infrastructure;
using Xunit;

namespace CwLogs.Emulator.Tests.Cli;

/// <summary>The AWS CLI v2 against the emulator: streams and events.</summary>
public sealed class AwsCliLogEventTests : AwsCliTest
{
    private const string Group = "/cli/events";

    public AwsCliLogEventTests(EmulatorFixture fixture) : base(fixture)
    {
    }

    [Fact]
    public async Task CreateStream_PutEvents_GetFromHead()
    {
        await Seed.GroupAsync(Group);
        long start = Clock.NowMillis() - Clock.Minute;

        await LogsAsync("create-log-stream", "--log-group-name", Group, "--log-stream-name", "s");
        JsonNode put = (await LogsAsync("put-log-events", "--log-group-name", Group, "--log-stream-name", "s",
            "--log-events", EventsJson(start, "first", "second", "third"))).Json!;
        JsonNode events = (await LogsAsync("get-log-events", "--log-group-name", Group, "--log-stream-name", "s", "--start-from-head")).Json!;

        Assert.False(string.IsNullOrEmpty((string?)put["nextSequenceToken"]));
        Assert.Equal(new[] { "first", "second", "third" }, Messages(events));
        Assert.Equal(start, (long)events["events"]![0]!["timestamp"]!);
        Assert.Matches("^f/", (string?)events["nextForwardToken"]);
    }

    [Fact]
    public async Task FilterLogEvents_PatternAndServerPaging()
    {
        await SeedEventsAsync(5);

        JsonNode all = (await LogsAsync("filter-log-events", "--log-group-name", Group, "--page-size", "2")).Json!;
        JsonNode matched = (await LogsAsync("filter-log-events", "--log-group-name", Group, "--filter-pattern", "?e1 ?e3")).Json!;

        Assert.Equal(new[] { "e0", "e1", "e2", "e3", "e4" }, Messages(all));
        Assert.Equal(4, Server.Journal.Count("FilterLogEvents")); // 3 pages, then the pattern call
        Assert.Equal(new[] { "e1", "e3" }, Messages(matched));
        Assert.All(matched["events"]!.AsArray(), e => Assert.Equal("s", (string?)e!["logStreamName"]));
    }

    [Fact]
    public async Task DeleteLogStream_RemovesIt()
    {
        await Seed.GroupWithStreamsAsync(Group, "s", "kept");

        await LogsAsync("delete-log-stream", "--log-group-name", Group, "--log-stream-name", "s");

        JsonNode streams = await Api.OkAsync("DescribeLogStreams", new { logGroupName = Group });
        Assert.Equal(new[] { "kept" }, streams["logStreams"]!.AsArray().Select(s => (string)s!["logStreamName"]!));
    }

    private async Task SeedEventsAsync(int count)
    {
        await Seed.GroupWithStreamsAsync(Group, "s");
        long start = Clock.NowMillis() - Clock.Minute;
        await Seed.EventsAsync(Group, "s", Enumerable.Range(0, count).Select(i => (start + i, $"e{i}")));
        Server.Journal.Clear();
    }

    private static string EventsJson(long start, params string[] messages) =>
        new JsonArray(messages.Select((m, i) => (JsonNode)new JsonObject { ["timestamp"] = start + i, ["message"] = m }).ToArray()).ToJsonString();

    private static string[] Messages(JsonNode result) =>
        result["events"]!.AsArray().Select(e => (string)e!["message"]!).ToArray();
}
