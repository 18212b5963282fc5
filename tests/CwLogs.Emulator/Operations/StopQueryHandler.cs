using System.Text.Json.Nodes;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;

namespace CwLogs.Emulator.Operations;

/// <summary>Cancels a Scheduled or Running query; a query that has ended is an InvalidParameterException.</summary>
internal sealed class StopQueryHandler : IOperationHandler
{
    private readonly LogStores _stores;

    public StopQueryHandler(LogStores stores) => _stores = stores;

    public string Name => "StopQuery";

    public JsonObject Handle(OperationRequest request)
    {
        string queryId = QueryIds.Required(request.Body);
        return _stores.For(request).Transact(store =>
        {
            QueryRun query = QueryIds.Find(store, queryId);
            if (!query.IsActiveAt(request.NowMillis))
                throw Errors.InvalidParameter($"The query {queryId} is not running (its status is {query.StatusAt(request.NowMillis)}).");
            query.Cancel();
            return new JsonObject { ["success"] = true };
        });
    }
}
