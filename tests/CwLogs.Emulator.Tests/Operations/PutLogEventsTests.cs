using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CwLogs.Emulator.Tests.Infrastructure;
using Xunit;

namespace CwLogs.Emulator.Tests.Operations;

/// <summary>PutLogEvents: batch rules at their exact limits, and storage of accepted events.</summary>
public sealed class PutLogEventsTests : EmulatorTest
{
    private const int MaxBatchBytes = 1_048_576;
    private const int Overhead = 26;

    public PutLogEventsTests(EmulatorFixture fixture) : base(fixture)
    {
    }

    [Fact]
    public async Task Accepted_EventsAreStoredWithIngestionTime_AndTokenReturned()
    {
        long now = Clock.NowMillis();
        await Seed.GroupWithStreamsAsync("g", "s");

        JsonNode result = await Seed.EventsAsync("g", "s", new[] { (now - 2, "one"), (now - 1, "two") });

        Assert.False(string.IsNullOrEmpty((string?)result["nextSequenceToken"]));
        Assert.Null(result["rejectedLogEventsInfo"]);
        JsonArray events = (await Api.OkAsync("GetLogEvents", new { logGroupName = "g", logStreamName = "s", startFromHead = true }))["events"]!.AsArray();
        Assert.Equal(new[] { "one", "two" }, events.Select(e => (string)e!["message"]!));
        Assert.Equal(now - 2, (long)events[0]!["timestamp"]!);
        Assert.All(events, e => Assert.InRange((long)e!["ingestionTime"]!, now, Clock.NowMillis()));
    }

    [Fact]
    public async Task SequenceToken_IsAcceptedAndIgnored_AndTokenChangesPerCall()
    {
        long now = Clock.NowMillis();
        await Seed.GroupWithStreamsAsync("g", "s");
        var events = new[] { new { timestamp = now, message = "m" } };

        JsonNode first = await Api.OkAsync("PutLogEvents", new { logGroupName = "g", logStreamName = "s", logEvents = events, sequenceToken = "bogus" });
        JsonNode second = await Api.OkAsync("PutLogEvents", new { logGroupName = "g", logStreamName = "s", logEvents = events, sequenceToken = "bogus" });

        Assert.NotEqual((string?)first["nextSequenceToken"], (string?)second["nextSequenceToken"]);
    }

    [Fact]
    public async Task TenThousandEvents_AreAccepted_TenThousandAndOneRejected()
    {
        long start = Clock.NowMillis() - Clock.Hour;
        await Seed.GroupWithStreamsAsync("g", "s");

        await Seed.EventsAsync("g", "s", Seed.Numbered(10_000, start));
        ApiResult tooMany = await PutAsync(Seed.Numbered(10_001, start).Select(e => new { timestamp = e.Timestamp, message = e.Message }).ToArray());

        LogsApi.AssertError(tooMany, "InvalidParameterException");
        Assert.Contains("logEvents", tooMany.Message);
        Assert.Equal(10_000, await CountStoredAsync());
    }

    [Fact]
    public async Task BatchOfExactly1MiB_IsAccepted_OneByteMoreRejected()
    {
        long now = Clock.NowMillis();
        await Seed.GroupWithStreamsAsync("g", "s");
        // Four events of 262,144 bytes each (message + 26) = 1,048,576.
        string message = new('x', MaxBatchBytes / 4 - Overhead);

        await Seed.EventsAsync("g", "s", Enumerable.Repeat((now, message), 4));
        ApiResult oneMore = await PutAsync(Enumerable.Range(0, 4)
            .Select(i => new { timestamp = now, message = i == 3 ? message + "x" : message }).ToArray());

        LogsApi.AssertError(oneMore, "InvalidParameterException");
        Assert.Equal(4, await CountStoredAsync());
    }

    [Fact]
    public async Task BatchSize_CountsUtf8Bytes()
    {
        long now = Clock.NowMillis();
        await Seed.GroupWithStreamsAsync("g", "s");
        // 'é' is 2 bytes in UTF-8: this message is within 1 MiB in chars but over it in bytes.
        string message = new('é', (MaxBatchBytes - Overhead) / 2 + 1);

        ApiResult result = await PutAsync(new[] { new { timestamp = now, message } });

        LogsApi.AssertError(result, "InvalidParameterException");
    }

    [Fact]
    public async Task SingleEventOfFullBatchSize_IsAccepted()
    {
        await Seed.GroupWithStreamsAsync("g", "s");

        await Seed.EventsAsync("g", "s", new[] { (Clock.NowMillis(), new string('y', MaxBatchBytes - Overhead)) });

        Assert.Equal(1, await CountStoredAsync());
    }

    [Fact]
    public async Task EmptyMessage_OrEmptyBatch_IsInvalidParameter()
    {
        await Seed.GroupWithStreamsAsync("g", "s");

        ApiResult emptyMessage = await PutAsync(new[] { new { timestamp = Clock.NowMillis(), message = "" } });
        LogsApi.AssertError(emptyMessage, "InvalidParameterException");
        Assert.Contains("message", emptyMessage.Message);

        LogsApi.AssertError(await PutAsync(System.Array.Empty<object>()), "InvalidParameterException");
        await Api.ErrorAsync("PutLogEvents", new { logGroupName = "g", logStreamName = "s" }, "InvalidParameterException");
    }

    [Fact]
    public async Task OutOfOrderEvents_AreInvalidParameter_AndNothingIsStored()
    {
        long now = Clock.NowMillis();
        await Seed.GroupWithStreamsAsync("g", "s");

        ApiResult result = await PutAsync(new[] { new { timestamp = now, message = "b" }, new { timestamp = now - 1, message = "a" } });

        LogsApi.AssertError(result, "InvalidParameterException");
        Assert.Equal("Log events in a single PutLogEvents request must be in chronological order.", result.Message);
        Assert.Equal(0, await CountStoredAsync());
    }

    [Fact]
    public async Task EqualTimestamps_AreChronological()
    {
        long now = Clock.NowMillis();
        await Seed.GroupWithStreamsAsync("g", "s");

        await Seed.EventsAsync("g", "s", new[] { (now, "a"), (now, "b"), (now, "c") });

        Assert.Equal(3, await CountStoredAsync());
    }

    [Fact]
    public async Task SpanOfExactly24Hours_IsAccepted_OneMillisecondMoreRejected()
    {
        long start = Clock.NowMillis() - 3 * Clock.Day;
        await Seed.GroupWithStreamsAsync("g", "s");

        await Seed.EventsAsync("g", "s", new[] { (start, "first"), (start + Clock.Day, "last") });
        ApiResult tooLong = await PutAsync(new[] { new { timestamp = start, message = "first" }, new { timestamp = start + Clock.Day + 1, message = "last" } });

        LogsApi.AssertError(tooLong, "InvalidParameterException");
        Assert.Contains("24 hours", tooLong.Message);
        Assert.Equal(2, await CountStoredAsync());
    }

    [Fact]
    public async Task TooOldAndTooNewEvents_AreRejectedByIndex_OthersStored()
    {
        long now = Clock.NowMillis();
        await Seed.GroupWithStreamsAsync("g", "s");
        var events = new[]
        {
            (now - 15 * Clock.Day, "too old 0"),
            (now - 14 * Clock.Day - Clock.Minute, "too old 1"),
            (now - Clock.Hour, "kept 2"),
            (now + 2 * Clock.Hour - Clock.Minute, "kept 3"),
            (now + 2 * Clock.Hour + Clock.Minute, "too new 4"),
            (now + 3 * Clock.Hour, "too new 5"),
        };

        JsonNode result = await Seed.EventsAsync("g", "s", events);

        JsonNode info = result["rejectedLogEventsInfo"]!;
        Assert.Equal(2, (int)info["tooOldLogEventEndIndex"]!);
        Assert.Equal(4, (int)info["tooNewLogEventStartIndex"]!);
        Assert.Null(info["expiredLogEventEndIndex"]);
        Assert.Equal(new[] { "kept 2", "kept 3" }, await StoredMessagesAsync());
    }

    [Fact]
    public async Task EventJustInside14Days_IsAccepted()
    {
        await Seed.GroupWithStreamsAsync("g", "s");

        JsonNode result = await Seed.EventsAsync("g", "s", new[] { (Clock.NowMillis() - 14 * Clock.Day + Clock.Minute, "old but kept") });

        Assert.Null(result["rejectedLogEventsInfo"]);
        Assert.Equal(new[] { "old but kept" }, await StoredMessagesAsync());
    }

    [Fact]
    public async Task SpanRule_IgnoresRejectedEvents()
    {
        long now = Clock.NowMillis();
        await Seed.GroupWithStreamsAsync("g", "s");

        // 20 days from first to last, but only the last event is inside the accepted window.
        JsonNode result = await Seed.EventsAsync("g", "s", new[] { (now - 20 * Clock.Day, "too old"), (now, "kept") });

        Assert.Equal(1, (int)result["rejectedLogEventsInfo"]!["tooOldLogEventEndIndex"]!);
        Assert.Equal(new[] { "kept" }, await StoredMessagesAsync());
    }

    [Fact]
    public async Task EventsOlderThanRetention_AreExpired()
    {
        long now = Clock.NowMillis();
        await Seed.GroupWithStreamsAsync("g", "s");
        await Api.OkAsync("PutRetentionPolicy", new { logGroupName = "g", retentionInDays = 1 });
        var events = new[]
        {
            (now - 20 * Clock.Day, "too old 0"),
            (now - 3 * Clock.Day, "expired 1"),
            (now - Clock.Day - Clock.Minute, "expired 2"),
            (now - Clock.Day + Clock.Minute, "kept 3"),
        };

        JsonNode result = await Seed.EventsAsync("g", "s", events);

        JsonNode info = result["rejectedLogEventsInfo"]!;
        Assert.Equal(1, (int)info["tooOldLogEventEndIndex"]!);
        Assert.Equal(3, (int)info["expiredLogEventEndIndex"]!);
        Assert.Null(info["tooNewLogEventStartIndex"]);
        Assert.Equal(new[] { "kept 3" }, await StoredMessagesAsync());
    }

    [Fact]
    public async Task AllEventsRejected_IsStillSuccess()
    {
        await Seed.GroupWithStreamsAsync("g", "s");

        JsonNode result = await Seed.EventsAsync("g", "s", new[] { (Clock.NowMillis() + Clock.Day, "future") });

        Assert.Equal(0, (int)result["rejectedLogEventsInfo"]!["tooNewLogEventStartIndex"]!);
        Assert.Equal(0, await CountStoredAsync());
    }

    [Fact]
    public async Task MissingGroupOrStream_IsResourceNotFound()
    {
        var events = new[] { new { timestamp = Clock.NowMillis(), message = "m" } };

        ApiResult noGroup = await Api.ErrorAsync("PutLogEvents", new { logGroupName = "nope", logStreamName = "s", logEvents = events }, "ResourceNotFoundException");
        Assert.Equal("The specified log group does not exist.", noGroup.Message);

        await Seed.GroupAsync("g");
        ApiResult noStream = await Api.ErrorAsync("PutLogEvents", new { logGroupName = "g", logStreamName = "nope", logEvents = events }, "ResourceNotFoundException");
        Assert.Equal("The specified log stream does not exist.", noStream.Message);
    }

    [Fact]
    public async Task StoredBytes_OfGroup_CountsMessageBytes()
    {
        await Seed.GroupWithStreamsAsync("g", "s");
        await Seed.EventsAsync("g", "s", new[] { (Clock.NowMillis(), "12345"), (Clock.NowMillis(), "é") });

        JsonNode group = (await Api.OkAsync("DescribeLogGroups"))["logGroups"]![0]!;
        Assert.Equal(7, (long)group["storedBytes"]!);
    }

    private Task<ApiResult> PutAsync(object[] events) =>
        Api.CallAsync("PutLogEvents", new { logGroupName = "g", logStreamName = "s", logEvents = events });

    private async Task<string[]> StoredMessagesAsync() =>
        (await Api.OkAsync("GetLogEvents", new { logGroupName = "g", logStreamName = "s", startFromHead = true }))["events"]!
            .AsArray().Select(e => (string)e!["message"]!).ToArray();

    private async Task<int> CountStoredAsync() => (await StoredMessagesAsync()).Length;
}
