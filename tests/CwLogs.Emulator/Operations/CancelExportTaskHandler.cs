using System.Text.Json.Nodes;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;

namespace CwLogs.Emulator.Operations;

/// <summary>Cancels a PENDING or RUNNING export task; any other status is InvalidOperationException.</summary>
internal sealed class CancelExportTaskHandler : IOperationHandler
{
    private readonly LogStores _stores;

    public CancelExportTaskHandler(LogStores stores) => _stores = stores;

    public string Name => "CancelExportTask";

    public JsonObject Handle(OperationRequest request)
    {
        string taskId = request.Body.RequiredString("taskId");
        return _stores.For(request).Transact(store =>
        {
            if (!store.ExportTasks.TryGetValue(taskId, out ExportTask? task)) throw Errors.ExportTaskNotFound();
            if (!task.IsActiveAt(request.NowMillis))
                throw Errors.InvalidOperation($"The export task {taskId} cannot be cancelled: its status is {task.CodeAt(request.NowMillis)}.");
            task.Cancel(request.NowMillis);
            return new JsonObject();
        });
    }
}
