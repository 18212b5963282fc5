using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using CwLogs.Emulator.Paging;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;

namespace CwLogs.Emulator.Operations;

/// <summary>Export tasks newest first, optionally one task or one status; nextToken names the last task returned.</summary>
internal sealed class DescribeExportTasksHandler : IOperationHandler
{
    private const int DefaultLimit = 50;
    private const string TokenKind = "DescribeExportTasks";
    private readonly LogStores _stores;

    public DescribeExportTasksHandler(LogStores stores) => _stores = stores;

    public string Name => "DescribeExportTasks";

    public JsonObject Handle(OperationRequest request)
    {
        RequestBody body = request.Body;
        string? taskId = body.OptionalString("taskId");
        string? statusCode = body.OptionalString("statusCode");
        int limit = body.OptionalInt("limit") ?? DefaultLimit;
        long before = SequenceToken.Decode(body.OptionalString("nextToken"), TokenKind);

        return _stores.For(request).Transact(store =>
        {
            List<ExportTask> remaining = store.ExportTasks.Values
                .Where(t => t.Sequence < before)
                .Where(t => taskId is null || t.Id == taskId)
                .Where(t => statusCode is null || t.CodeAt(request.NowMillis) == statusCode)
                .OrderByDescending(t => t.Sequence)
                .Take(limit + 1)
                .ToList();

            var tasks = new JsonArray();
            foreach (ExportTask task in remaining.Take(limit)) tasks.Add(Shape(task, request.NowMillis));
            var result = new JsonObject { ["exportTasks"] = tasks };
            if (remaining.Count > limit) result["nextToken"] = SequenceToken.Encode(TokenKind, remaining[limit - 1].Sequence);
            return result;
        });
    }

    private static JsonObject Shape(ExportTask task, long now)
    {
        string code = task.CodeAt(now);
        var json = new JsonObject { ["taskId"] = task.Id };
        if (task.Name is not null) json["taskName"] = task.Name;
        json["logGroupName"] = task.LogGroupName;
        json["from"] = task.From;
        json["to"] = task.To;
        json["destination"] = task.Destination;
        json["destinationPrefix"] = task.DestinationPrefix;
        json["status"] = new JsonObject { ["code"] = code, ["message"] = ExportTaskStatus.Message(code) };
        var execution = new JsonObject { ["creationTime"] = task.CreationTime };
        if (task.CompletionTimeAt(now) is long completed) execution["completionTime"] = completed;
        json["executionInfo"] = execution;
        return json;
    }
}
