using System.Text.Json.Nodes;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;

namespace CwLogs.Emulator.Operations;

/// <summary>Deletes a group with all its streams and events, unless deletion protection is on.</summary>
internal sealed class DeleteLogGroupHandler : IOperationHandler
{
    private readonly LogStores _stores;

    public DeleteLogGroupHandler(LogStores stores) => _stores = stores;

    public string Name => "DeleteLogGroup";

    public JsonObject Handle(OperationRequest request)
    {
        string name = request.Body.RequiredString("logGroupName");
        return _stores.For(request).Transact(store =>
        {
            if (store.RequireGroup(name).DeletionProtectionEnabled) throw Errors.DeletionProtected();
            store.RemoveGroup(name);
            return new JsonObject();
        });
    }
}
