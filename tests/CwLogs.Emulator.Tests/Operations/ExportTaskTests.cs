using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CwLogs.Emulator.Tests.Infrastructure;
using Xunit;

namespace CwLogs.Emulator.Tests.Operations;

/// <summary>CreateExportTask, DescribeExportTasks and CancelExportTask (no S3 writes: only the task's status moves).</summary>
public sealed class ExportTaskTests : EmulatorTest
{
    private const string Group = "/insights/export";

    public ExportTaskTests(EmulatorFixture fixture) : base(fixture)
    {
    }

    [Fact]
    public async Task Create_ThenDescribe_AllMembers_CompletedWithoutDelay()
    {
        await Seed.GroupAsync(Group);

        string id = await CreateAsync(new { taskName = "nightly", logGroupName = Group, logStreamNamePrefix = "app", from = 1000, to = 2000, destination = "bucket", destinationPrefix = "logs/x" });
        JsonNode task = Assert.Single((await Api.OkAsync("DescribeExportTasks"))["exportTasks"]!.AsArray())!;

        Assert.Equal(id, (string?)task["taskId"]);
        Assert.Equal("nightly", (string?)task["taskName"]);
        Assert.Equal(Group, (string?)task["logGroupName"]);
        Assert.Equal(1000, (long)task["from"]!);
        Assert.Equal(2000, (long)task["to"]!);
        Assert.Equal("bucket", (string?)task["destination"]);
        Assert.Equal("logs/x", (string?)task["destinationPrefix"]);
        Assert.Equal("COMPLETED", (string?)task["status"]!["code"]);
        Assert.False(string.IsNullOrEmpty((string?)task["status"]!["message"]));
        long created = (long)task["executionInfo"]!["creationTime"]!;
        Assert.True((long)task["executionInfo"]!["completionTime"]! >= created);
    }

    [Fact]
    public async Task Create_DefaultsDestinationPrefix_LeavesTaskNameOut()
    {
        await Seed.GroupAsync(Group);

        await CreateAsync(new { logGroupName = Group, from = 0, to = 1, destination = "bucket" });
        JsonNode task = (await Api.OkAsync("DescribeExportTasks"))["exportTasks"]![0]!;

        Assert.Equal("exportedlogs", (string?)task["destinationPrefix"]);
        Assert.Null(task["taskName"]);
    }

    [Fact]
    public async Task Status_MovesPendingRunningCompleted()
    {
        await Seed.GroupAsync(Group);
        Server.Faults.ExportTaskDuration = TimeSpan.FromSeconds(3);

        string id = await CreateAsync(new { logGroupName = Group, from = 0, to = 1, destination = "bucket" });
        var seen = new List<string>();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            JsonNode task = (await Api.OkAsync("DescribeExportTasks", new { taskId = id }))["exportTasks"]![0]!;
            string code = (string)task["status"]!["code"]!;
            if (seen.Count == 0 || seen[^1] != code) seen.Add(code);
            if (code == "COMPLETED") break;
            Assert.Null(task["executionInfo"]!["completionTime"]);
            await Task.Delay(100);
        }

        Assert.Equal(new[] { "PENDING", "RUNNING", "COMPLETED" }, seen);
    }

    [Fact]
    public async Task OnlyOneActiveTask_ThenCancelFreesTheSlot()
    {
        await Seed.GroupAsync(Group);
        Server.Faults.ExportTaskDuration = TimeSpan.FromMinutes(5);
        string active = await CreateAsync(new { logGroupName = Group, from = 0, to = 1, destination = "bucket" });

        ApiResult refused = await Api.ErrorAsync("CreateExportTask", new { logGroupName = Group, from = 0, to = 1, destination = "bucket" }, "LimitExceededException");
        await Api.OkAsync("CancelExportTask", new { taskId = active });
        string next = await CreateAsync(new { logGroupName = Group, from = 0, to = 1, destination = "bucket" });

        Assert.Equal("Resource limit exceeded.", refused.Message);
        JsonNode cancelled = (await Api.OkAsync("DescribeExportTasks", new { statusCode = "CANCELLED" }))["exportTasks"]![0]!;
        Assert.Equal(active, (string?)cancelled["taskId"]);
        Assert.NotNull(cancelled["executionInfo"]!["completionTime"]);
        Assert.Equal(new[] { next }, Ids(await Api.OkAsync("DescribeExportTasks", new { statusCode = "PENDING" })));
        await Api.ErrorAsync("CancelExportTask", new { taskId = active }, "InvalidOperationException");
    }

    [Fact]
    public async Task Describe_NewestFirst_FiltersByTaskId_Pages()
    {
        await Seed.GroupAsync(Group);
        var ids = new List<string>();
        for (int i = 0; i < 3; i++) ids.Add(await CreateAsync(new { logGroupName = Group, from = 0, to = 1, destination = "bucket" }));

        List<JsonNode> pages = await Api.AllPagesAsync("DescribeExportTasks", new { limit = 2 });
        JsonNode one = await Api.OkAsync("DescribeExportTasks", new { taskId = ids[1] });
        JsonNode none = await Api.OkAsync("DescribeExportTasks", new { taskId = "no-such-task" });

        Assert.Equal(new[] { 2, 1 }, pages.Select(p => p["exportTasks"]!.AsArray().Count));
        Assert.Equal(Enumerable.Reverse(ids), pages.SelectMany(Ids));
        Assert.Equal(new[] { ids[1] }, Ids(one));
        Assert.Empty(none["exportTasks"]!.AsArray());
    }

    [Fact]
    public async Task Errors()
    {
        await Seed.GroupAsync(Group);

        await Api.ErrorAsync("CreateExportTask", new { logGroupName = "/insights/none", from = 0, to = 1, destination = "b" }, "ResourceNotFoundException");
        await Api.ErrorAsync("CreateExportTask", new { logGroupName = Group, to = 1, destination = "b" }, "InvalidParameterException");
        await Api.ErrorAsync("CreateExportTask", new { logGroupName = Group, from = 0, to = 1 }, "InvalidParameterException");
        await Api.ErrorAsync("CreateExportTask", new { logGroupName = Group, from = 5, to = 1, destination = "b" }, "InvalidParameterException");
        await Api.ErrorAsync("CreateExportTask", new { logGroupName = Group, from = 0, to = 1, destination = "b", logStreamNamePrefix = "a:b" }, "InvalidParameterException");
        await Api.ErrorAsync("CreateExportTask", new { logGroupName = Group, from = 0, to = 1, destination = "b", taskName = "" }, "InvalidParameterException");
        await Api.ErrorAsync("DescribeExportTasks", new { statusCode = "DONE" }, "InvalidParameterException");
        await Api.ErrorAsync("DescribeExportTasks", new { limit = 51 }, "InvalidParameterException");
        await Api.ErrorAsync("DescribeExportTasks", new { nextToken = "bogus" }, "InvalidParameterException");
        await Api.ErrorAsync("CancelExportTask", new { taskId = "no-such-task" }, "ResourceNotFoundException");
        await Api.ErrorAsync("CancelExportTask", new { }, "InvalidParameterException");
        string done = await CreateAsync(new { logGroupName = Group, from = 0, to = 1, destination = "b" });
        await Api.ErrorAsync("CancelExportTask", new { taskId = done }, "InvalidOperationException");
    }

    private async Task<string> CreateAsync(object request) => (string)(await Api.OkAsync("CreateExportTask", request))["taskId"]!;

    private static string[] Ids(JsonNode page) => page["exportTasks"]!.AsArray().Select(t => (string)t!["taskId"]!).ToArray();
}
