using System;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CwLogs.Emulator.Tests.Infrastructure;
using Xunit;

namespace CwLogs.Emulator.Tests.Canned;

/// <summary>Canned mode's PutLogEvents counters, its control requests and the calls it answers with fixed replies.</summary>
public sealed class CannedPutAndControlTests : IClassFixture<CannedFixture>, IAsyncLifetime
{
    private readonly LogsApi _api;

    public CannedPutAndControlTests(CannedFixture fixture) => _api = fixture.Api;

    public async Task InitializeAsync()
    {
        await ControlAsync("reset");
        await ControlAsync("faults?latencyMs=0");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task PutLogEvents_CountsCallsEventsAndBodyBytes()
    {
        var batch = new { logGroupName = "g", logStreamName = "s", logEvents = Enumerable.Range(0, 250).Select(i => new { timestamp = 1L + i, message = $"m{i}" }) };
        string body = LogsApi.ToJson(batch).ToJsonString();
        const string OneEventWithBrackets = """{"logGroupName":"g","logStreamName":"s","logEvents":[{"timestamp":1,"message":"[\"x\"]"}]}""";

        JsonNode first = await PutAsync(body);
        JsonNode second = await PutAsync(OneEventWithBrackets);

        Assert.Equal("1", (string)first["nextSequenceToken"]!);
        Assert.Equal("2", (string)second["nextSequenceToken"]!);
        JsonNode stats = await StatsAsync();
        Assert.Equal(2, (long)stats["putCalls"]!);
        Assert.Equal(251, (long)stats["putEvents"]!);
        Assert.Equal(body.Length + OneEventWithBrackets.Length, (long)stats["putBytes"]!); // ASCII: characters are bytes
    }

    [Fact]
    public async Task Reset_ZeroesTheCounters()
    {
        await PutAsync("""{"logGroupName":"g","logStreamName":"s","logEvents":[{"timestamp":1,"message":"a"}]}""");
        Assert.Equal(1, (long)(await StatsAsync())["putEvents"]!);

        await ControlAsync("reset");

        Assert.Equal("""{"putCalls":0,"putEvents":0,"putBytes":0}""", (await StatsAsync()).ToJsonString());
    }

    [Fact]
    public async Task MalformedPutBody_IsSerializationException_AndNotCounted()
    {
        ApiResult result = await _api.SendAsync(_api.Request("Logs_20140328.PutLogEvents", """{"logEvents":[{"timestamp":1"""));

        LogsApi.AssertError(result, "SerializationException");
        Assert.Equal(0, (long)(await StatsAsync())["putCalls"]!);
    }

    [Fact]
    public async Task Latency_DelaysEveryCall()
    {
        await ControlAsync("faults?latencyMs=300");

        var watch = Stopwatch.StartNew();
        await _api.OkAsync("DescribeLogGroups");
        await _api.ErrorAsync("GetLogEvents", new { logGroupName = "g", logStreamName = "nope" }, "ResourceNotFoundException");

        // Timers may fire a little early; without latency two calls take a few ms.
        Assert.True(watch.ElapsedMilliseconds >= 560, $"two calls took only {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task SetupCalls_GetFixedReplies_AndOtherOperationsAreUnknown()
    {
        Assert.Equal("{}", (await _api.OkAsync("CreateLogGroup", new { logGroupName = "g" })).ToJsonString());
        Assert.Equal("{}", (await _api.OkAsync("CreateLogStream", new { logGroupName = "g", logStreamName = "s" })).ToJsonString());
        Assert.Equal("""{"logGroups":[]}""", (await _api.OkAsync("DescribeLogGroups")).ToJsonString());

        ApiResult unknown = await _api.ErrorAsync("DeleteLogGroup", new { logGroupName = "g" }, "UnknownOperationException");
        Assert.Contains("Logs_20140328.DeleteLogGroup", unknown.Message);
    }

    [Fact]
    public async Task FaultsOtherThanLatency_AreRefused()
    {
        using HttpResponseMessage response = await _api.Http.PostAsync("_emulator/faults?throttle=1", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await _api.OkAsync("DescribeLogGroups"); // nothing was armed
    }

    private async Task<JsonNode> PutAsync(string body)
    {
        ApiResult result = await _api.SendAsync(_api.Request("Logs_20140328.PutLogEvents", body));
        Assert.True(result.Status == HttpStatusCode.OK, result.Raw);
        return result.Body;
    }

    private async Task<JsonNode> StatsAsync()
    {
        using HttpResponseMessage response = await _api.Http.GetAsync("_emulator/canned/stats");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private async Task ControlAsync(string action)
    {
        using HttpResponseMessage response = await _api.Http.PostAsync("_emulator/" + action, null);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }
}
