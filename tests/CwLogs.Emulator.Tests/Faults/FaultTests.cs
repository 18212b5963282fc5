using System.Collections.Generic;
using System;
using System.Diagnostics;
using System.Net;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using CwLogs.Emulator.Tests.Infrastructure;
using Xunit;

namespace CwLogs.Emulator.Tests.Faults;

/// <summary>Fault injection: throttling, 500s, expired tokens, dropped connections, latency and a denying AssumeRole.</summary>
public sealed class FaultTests : EmulatorTest
{
    public FaultTests(EmulatorFixture fixture) : base(fixture)
    {
    }

    [Fact]
    public async Task ThrottleNext_ThrottlesExactlyCountCalls_ThenSucceeds()
    {
        Server.Faults.ThrottleNext(2);

        for (int i = 0; i < 2; i++)
        {
            ApiResult throttled = await Api.ErrorAsync("CreateLogGroup", new { logGroupName = "g" }, "ThrottlingException");
            Assert.Equal("Rate exceeded", throttled.Message);
        }
        await Api.OkAsync("CreateLogGroup", new { logGroupName = "g" });
        Assert.Equal(3, Server.Journal.Count("CreateLogGroup"));
    }

    [Fact]
    public async Task ThrottledCall_DoesNotReachTheOperation()
    {
        Server.Faults.ThrottleNext(1);

        await Api.ErrorAsync("CreateLogGroup", new { logGroupName = "g" }, "ThrottlingException");

        Assert.Empty((await Api.OkAsync("DescribeLogGroups"))["logGroups"]!.AsArray());
    }

    [Fact]
    public async Task Faults_ForOneOperation_LeaveOthersAlone()
    {
        Server.Faults.ThrottleNext(1, "PutLogEvents");

        await Api.OkAsync("CreateLogGroup", new { logGroupName = "g" });
        await Api.OkAsync("CreateLogStream", new { logGroupName = "g", logStreamName = "s" });
        await Api.ErrorAsync("PutLogEvents", new { logGroupName = "g", logStreamName = "s", logEvents = new[] { new { timestamp = Clock.NowMillis(), message = "m" } } }, "ThrottlingException");
        await Seed.EventsAsync("g", "s", new[] { (Clock.NowMillis(), "m") });
    }

    [Fact]
    public async Task FailNext_Returns500ServiceUnavailable_ThenSucceeds()
    {
        Server.Faults.FailNext(1, "DescribeLogGroups");

        await Api.ErrorAsync("DescribeLogGroups", null, "ServiceUnavailableException", HttpStatusCode.InternalServerError);
        await Api.OkAsync("DescribeLogGroups");
    }

    [Fact]
    public async Task Faults_AreConsumedInTheOrderArmed()
    {
        Server.Faults.FailNext(1);
        Server.Faults.ThrottleNext(1);

        await Api.ErrorAsync("DescribeLogGroups", null, "ServiceUnavailableException", HttpStatusCode.InternalServerError);
        await Api.ErrorAsync("DescribeLogGroups", null, "ThrottlingException");
        await Api.OkAsync("DescribeLogGroups");
    }

    [Fact]
    public async Task DropNext_AbortsTheConnectionWithoutResponse_ThenSucceeds()
    {
        await Api.OkAsync("DescribeLogGroups"); // a pooled, already used connection is the hardest case
        Server.Faults.DropNext(1, "CreateLogGroup");

        await Assert.ThrowsAsync<HttpRequestException>(() => Api.CallAsync("CreateLogGroup", new { logGroupName = "g" }));

        await Api.OkAsync("CreateLogGroup", new { logGroupName = "g" });
        Assert.Equal(2, Server.Journal.Count("CreateLogGroup"));
    }

    [Fact]
    public async Task Latency_DelaysEveryCall()
    {
        Server.Faults.Latency = TimeSpan.FromMilliseconds(300);

        var watch = Stopwatch.StartNew();
        await Api.OkAsync("DescribeLogGroups");
        await Api.ErrorAsync("DeleteLogGroup", new { logGroupName = "nope" }, "ResourceNotFoundException");

        // Timers may fire a little early (a 300 ms delay once measured 299.5 ms); without latency two calls take a few ms.
        Assert.True(watch.ElapsedMilliseconds >= 560, $"two calls took only {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task Latency_IsAbandonedWhenTheClientCancels()
    {
        TimeSpan latency = TimeSpan.FromSeconds(1);
        Server.Faults.Latency = latency;
        using var cancel = new CancellationTokenSource();
        Task<ApiResult> call = Api.CallAsync("CreateLogGroup", new { logGroupName = "g" }, cancel.Token);

        // Cancel only once the server holds the call, so the test is about the server side.
        await WaitUntilAsync(() => Server.Journal.Count("CreateLogGroup") == 1);
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);

        // Wait past the latency: a server that ignored the cancellation would have created the group by now.
        await Task.Delay(latency + TimeSpan.FromMilliseconds(500));
        Server.Faults.Latency = TimeSpan.Zero;
        Assert.Empty((await Api.OkAsync("DescribeLogGroups"))["logGroups"]!.AsArray());
    }

    [Fact]
    public async Task EmptyPageNext_AfterNormalCalls_AnswersNoEventsWithNewTokensThatResumeInPlace()
    {
        await Seed.GroupWithStreamsAsync("g", "s");
        await Seed.EventsAsync("g", "s", Seed.Numbered(5, Clock.NowMillis() - 1000));
        Server.Faults.EmptyPageNext(2, after: 1);
        object Body(string? token) => new { logGroupName = "g", logStreamName = "s", limit = 2, nextToken = token };

        JsonNode newest = await Api.OkAsync("GetLogEvents", Body(null));
        string sent = (string)newest["nextBackwardToken"]!;
        JsonNode empty1 = await Api.OkAsync("GetLogEvents", Body(sent));
        JsonNode empty2 = await Api.OkAsync("GetLogEvents", Body((string)empty1["nextBackwardToken"]!));
        JsonNode older = await Api.OkAsync("GetLogEvents", Body((string)empty2["nextBackwardToken"]!));

        Assert.Equal(2, newest["events"]!.AsArray().Count);
        Assert.Empty(empty1["events"]!.AsArray());
        Assert.Empty(empty2["events"]!.AsArray());
        Assert.NotEqual(sent, (string)empty1["nextBackwardToken"]!);
        Assert.NotEqual((string)empty1["nextBackwardToken"]!, (string)empty2["nextBackwardToken"]!);
        Assert.Equal(new[] { "event-1", "event-2" }, older["events"]!.AsArray().Select(e => (string)e!["message"]!).ToArray());
    }

    [Fact]
    public async Task Clear_DisarmsFaultsAndLatency()
    {
        Server.Faults.ThrottleNext(5);
        Server.Faults.Latency = TimeSpan.FromSeconds(5);

        Server.Faults.Clear();

        Assert.Equal(TimeSpan.Zero, Server.Faults.Latency);
        await Api.OkAsync("DescribeLogGroups");
    }

    [Fact]
    public void InvalidArguments_AreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Server.Faults.ThrottleNext(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Server.Faults.EmptyPageNext(1, after: -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Server.Faults.Latency = TimeSpan.FromSeconds(-1));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), "condition not met within 10 s");
            await Task.Delay(10);
        }
    }

    [Fact]
    public async Task ExpireTokenNext_AnswersExpiredTokenException_ThenSucceeds()
    {
        Server.Faults.ExpireTokenNext(1, "DescribeLogGroups");

        ApiResult expired = await Api.ErrorAsync("DescribeLogGroups", null, "ExpiredTokenException");

        Assert.Equal("The security token included in the request is expired", expired.Message);
        await Api.OkAsync("DescribeLogGroups");
    }

    [Fact]
    public async Task DenyAssumeRole_AnswersAccessDenied_UntilCleared()
    {
        static FormUrlEncodedContent AssumeRole() => new(new Dictionary<string, string>
        {
            ["Action"] = "AssumeRole", ["RoleArn"] = "arn:aws:iam::123456789012:role/r", ["RoleSessionName"] = "s",
        });
        Server.Faults.DenyAssumeRole = true;

        using HttpResponseMessage denied = await Api.Http.PostAsync("/", AssumeRole());

        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        string body = await denied.Content.ReadAsStringAsync();
        Assert.Contains("<Code>AccessDenied</Code>", body);
        Assert.Contains("arn:aws:iam::123456789012:role/r", body);

        Server.Faults.Clear();
        using HttpResponseMessage allowed = await Api.Http.PostAsync("/", AssumeRole());
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }
}
