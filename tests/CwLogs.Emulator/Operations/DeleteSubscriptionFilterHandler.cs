using System.Text.Json.Nodes;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;
using CwLogs.Emulator.Validation;

namespace CwLogs.Emulator.Operations;

internal sealed class DeleteSubscriptionFilterHandler : IOperationHandler
{
    private readonly LogStores _stores;

    public DeleteSubscriptionFilterHandler(LogStores stores) => _stores = stores;

    public string Name => "DeleteSubscriptionFilter";

    public JsonObject Handle(OperationRequest request)
    {
        RequestBody body = request.Body;
        string groupName = body.RequiredString("logGroupName");
        string filterName = body.RequiredString("filterName");
        return _stores.For(request).Transact(store =>
        {
            if (!store.RequireGroup(groupName).SubscriptionFilters.Remove(filterName)) throw Errors.SubscriptionFilterNotFound();
            return new JsonObject();
        });
    }
}
