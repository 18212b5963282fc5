using System.Text.Json.Nodes;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;
using CwLogs.Emulator.Validation;

namespace CwLogs.Emulator.Operations;

internal sealed class DeleteMetricFilterHandler : IOperationHandler
{
    private readonly LogStores _stores;

    public DeleteMetricFilterHandler(LogStores stores) => _stores = stores;

    public string Name => "DeleteMetricFilter";

    public JsonObject Handle(OperationRequest request)
    {
        RequestBody body = request.Body;
        string groupName = body.RequiredString("logGroupName");
        string filterName = body.RequiredString("filterName");
        return _stores.For(request).Transact(store =>
        {
            if (!store.RequireGroup(groupName).MetricFilters.Remove(filterName)) throw Errors.MetricFilterNotFound();
            return new JsonObject();
        });
    }
}
