using System;
using System.Linq;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using CwLogs.Emulator.Tests.Infrastructure;
using Xunit;

namespace CwLogs.Emulator.Tests.Operations;

/// <summary>
/// A query being evaluated holds no lock other calls need, and StopQuery or a reset stops its evaluation. The query is
/// held Running by the emulator's evaluation probe: its first event blocks until the test lets it go.
/// </summary>
public sealed class QueryEvaluationTests : EmulatorTest, IDisposable
{
    private const string Group = "/insights/slow";
    private const int EventCount = 200;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ManualResetEventSlim _release = new();
    private int _evaluated;

    public QueryEvaluationTests(EmulatorFixture fixture) : base(fixture)
    {
        Server.QueryProbe.EachEvent = () =>
        {
            if (Interlocked.Increment(ref _evaluated) != 1) return;
            _started.TrySetResult();
            _release.Wait(Patience);
        };
    }

    public void Dispose()
    {
        _release.Set();
        Server.QueryProbe.EachEvent = null;
        _release.Dispose();
    }

    [Fact]
    public async Task QueryBeingEvaluated_OtherCallsComplete_AndItIsListedRunning()
    {
        Task<ApiResult> start = await StartHeldQueryAsync();

        Task<JsonNode> put = Api.OkAsync("PutLogEvents", new
        {
            logGroupName = Group,
            logStreamName = "s",
            logEvents = new[] { new { timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), message = "while querying" } },
        });
        Task<JsonNode> describe = Api.OkAsync("DescribeLogGroups", new { });
        Task<JsonNode> queries = Api.OkAsync("DescribeQueries", new { });
        bool others = await Task.WhenAll(put, describe, queries).WaitAsync(TimeSpan.FromSeconds(10)).ContinueWith(t => t.IsCompletedSuccessfully);

        Assert.True(others, "PutLogEvents, DescribeLogGroups and DescribeQueries did not complete while a query was evaluated");
        Assert.False(start.IsCompleted);
        Assert.Equal("Running", (string?)Assert.Single((await queries)["queries"]!.AsArray())!["status"]);
        _release.Set();
        string id = (string)(await start).Body["queryId"]!;
        JsonNode results = await Api.OkAsync("GetQueryResults", new { queryId = id });
        Assert.Equal("Complete", (string?)results["status"]);
        Assert.Equal(EventCount.ToString(), (string?)results["results"]![0]![0]!["value"]); // the snapshot: the later event is not counted
    }

    [Fact]
    public async Task StopQuery_CancelsTheEvaluation()
    {
        Task<ApiResult> start = await StartHeldQueryAsync();
        string id = (string)(await Api.OkAsync("DescribeQueries", new { }).WaitAsync(Patience))["queries"]![0]!["queryId"]!;

        await Api.OkAsync("StopQuery", new { queryId = id }).WaitAsync(Patience);
        _release.Set();
        ApiResult started = await start.WaitAsync(Patience);

        Assert.Equal(HttpStatusCode.OK, started.Status);
        Assert.Equal(id, (string?)started.Body["queryId"]);
        Assert.True(_evaluated < EventCount, $"evaluation went on after StopQuery ({_evaluated} of {EventCount} events)");
        JsonNode results = await Api.OkAsync("GetQueryResults", new { queryId = id });
        Assert.Equal("Cancelled", (string?)results["status"]);
        Assert.Empty(results["results"]!.AsArray());
    }

    [Fact]
    public async Task Reset_CancelsTheEvaluation()
    {
        Task<ApiResult> start = await StartHeldQueryAsync();

        await Task.Run(Server.Reset).WaitAsync(Patience);
        _release.Set();
        await start.WaitAsync(Patience);

        Assert.True(_evaluated < EventCount, $"evaluation went on after a reset ({_evaluated} of {EventCount} events)");
        Assert.Empty((await Api.OkAsync("DescribeQueries", new { }))["queries"]!.AsArray());
    }

    /// <summary>Seeds the group, starts a query over it and returns once its evaluation is held at the first event.</summary>
    private async Task<Task<ApiResult>> StartHeldQueryAsync()
    {
        await Seed.GroupWithStreamsAsync(Group, "s");
        long start = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - 60_000;
        await Seed.EventsAsync(Group, "s", Seed.Numbered(EventCount, start));
        Task<ApiResult> query = Api.CallAsync("StartQuery", new
        {
            logGroupName = Group,
            startTime = start / 1000 - 60,
            endTime = start / 1000 + 600,
            queryString = "stats count(*)",
        });
        await _started.Task.WaitAsync(Patience);
        Assert.Equal(1, _evaluated);
        return query;
    }
}
