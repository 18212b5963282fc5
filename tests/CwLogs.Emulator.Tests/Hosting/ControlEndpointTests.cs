using System;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CwLogs.Emulator.Tests.Infrastructure;
using Xunit;

namespace CwLogs.Emulator.Tests.Hosting;

/// <summary>The /_emulator/ control requests that out-of-process tests (Pester) use.</summary>
public sealed class ControlEndpointTests
{
    [Fact]
    public async Task Journal_ListsCallsWithBodies_FilteredByOperation()
    {
        await using EmulatorServer server = await EmulatorServer.StartAsync();
        using var api = new LogsApi(server.Endpoint);
        using var http = new HttpClient { BaseAddress = server.Endpoint };
        await api.OkAsync("CreateLogGroup", new { logGroupName = "journal-g" });
        await api.OkAsync("DescribeLogGroups");

        var all = JsonNode.Parse(await http.GetStringAsync("_emulator/journal"))!.AsArray();
        var creates = JsonNode.Parse(await http.GetStringAsync("_emulator/journal?operation=CreateLogGroup"))!.AsArray();

        Assert.Equal(2, all.Count);
        Assert.Equal("DescribeLogGroups", (string?)all[1]!["operation"]);
        Assert.Single(creates);
        Assert.Contains("journal-g", (string?)creates[0]!["body"]);
    }

    [Fact]
    public async Task Reset_ClearsDataAndJournal()
    {
        await using EmulatorServer server = await EmulatorServer.StartAsync();
        using var api = new LogsApi(server.Endpoint);
        using var http = new HttpClient { BaseAddress = server.Endpoint };
        await api.OkAsync("CreateLogGroup", new { logGroupName = "reset-g" });

        var reset = await http.PostAsync("_emulator/reset", new FormUrlEncodedContent([])); // as Invoke-RestMethod sends it

        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Empty(server.Journal.Entries);
        Assert.Empty((await api.OkAsync("DescribeLogGroups"))["logGroups"]!.AsArray());
    }

    [Fact]
    public async Task Faults_ArmsThrottlingAndLatency()
    {
        await using EmulatorServer server = await EmulatorServer.StartAsync();
        using var http = new HttpClient { BaseAddress = server.Endpoint };

        var armed = await http.PostAsync("_emulator/faults?latencyMs=250&throttle=2&operation=PutLogEvents", null);

        Assert.Equal(HttpStatusCode.NoContent, armed.StatusCode);
        Assert.Equal(TimeSpan.FromMilliseconds(250), server.Faults.Latency);
        Assert.Equal(FaultKind.Throttle, server.Faults.Take("PutLogEvents"));
        Assert.Null(server.Faults.Take("DescribeLogGroups"));
    }

    [Fact]
    public async Task Faults_SetQueryLimitAndQueryAndExportDurations_ResetRestoresDefaults()
    {
        await using EmulatorServer server = await EmulatorServer.StartAsync();
        using var http = new HttpClient { BaseAddress = server.Endpoint };

        var armed = await http.PostAsync("_emulator/faults?queryLimit=3&queryDelayMs=1500&exportDelayMs=2500", null);
        (int, TimeSpan, TimeSpan) set = (server.Faults.QueryConcurrencyLimit, server.Faults.QueryDuration, server.Faults.ExportTaskDuration);
        await http.PostAsync("_emulator/reset", null);

        Assert.Equal(HttpStatusCode.NoContent, armed.StatusCode);
        Assert.Equal((3, TimeSpan.FromMilliseconds(1500), TimeSpan.FromMilliseconds(2500)), set);
        Assert.Equal(EmulatorFaults.DefaultQueryConcurrencyLimit, server.Faults.QueryConcurrencyLimit);
        Assert.Equal(TimeSpan.Zero, server.Faults.QueryDuration);
        Assert.Equal(TimeSpan.Zero, server.Faults.ExportTaskDuration);
    }

    [Fact]
    public async Task UnknownControlRequest_Is404()
    {
        await using EmulatorServer server = await EmulatorServer.StartAsync();
        using var http = new HttpClient { BaseAddress = server.Endpoint };

        var response = await http.GetAsync("_emulator/nothing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
