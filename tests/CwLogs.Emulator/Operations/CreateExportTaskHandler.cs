using System;
using System.Linq;
using System.Text.Json.Nodes;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;

namespace CwLogs.Emulator.Operations;

/// <summary>
/// Starts an export task (from/to in epoch milliseconds). Only one task per account may be PENDING or RUNNING:
/// another is LimitExceededException. Nothing is written to S3; the task only changes status over time.
/// </summary>
internal sealed class CreateExportTaskHandler : IOperationHandler
{
    private const string DefaultDestinationPrefix = "exportedlogs";
    private readonly LogStores _stores;
    private readonly EmulatorFaults _settings;

    public CreateExportTaskHandler(LogStores stores, EmulatorFaults settings)
    {
        _stores = stores;
        _settings = settings;
    }

    public string Name => "CreateExportTask";

    public JsonObject Handle(OperationRequest request)
    {
        RequestBody body = request.Body;
        string? taskName = body.OptionalString("taskName");
        string groupName = body.RequiredString("logGroupName");
        string? streamPrefix = body.OptionalString("logStreamNamePrefix");
        long from = body.RequiredLong("from");
        long to = body.RequiredLong("to");
        if (from > to) throw Errors.InvalidParameter("The from time must not be later than the to time.");
        string destination = body.RequiredString("destination");
        string destinationPrefix = body.OptionalString("destinationPrefix") ?? DefaultDestinationPrefix;
        long duration = (long)_settings.ExportTaskDuration.TotalMilliseconds;

        return _stores.For(request).Transact(store =>
        {
            store.RequireGroup(groupName);
            if (store.ExportTasks.Values.Any(t => t.IsActiveAt(request.NowMillis)))
                throw Errors.LimitExceeded("Resource limit exceeded.");
            string id = Guid.NewGuid().ToString();
            store.ExportTasks.Add(id, new ExportTask(id, taskName, groupName, from, to, destination, destinationPrefix,
                request.NowMillis, duration, store.NextJobSequence()));
            return new JsonObject { ["taskId"] = id };
        });
    }
}
