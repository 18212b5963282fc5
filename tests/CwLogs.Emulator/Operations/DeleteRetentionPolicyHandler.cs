using System.Text.Json.Nodes;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;

namespace CwLogs.Emulator.Operations;

/// <summary>Removes retention, so the group keeps events forever (DescribeLogGroups then omits retentionInDays).</summary>
internal sealed class DeleteRetentionPolicyHandler : IOperationHandler
{
    private readonly LogStores _stores;

    public DeleteRetentionPolicyHandler(LogStores stores) => _stores = stores;

    public string Name => "DeleteRetentionPolicy";

    public JsonObject Handle(OperationRequest request)
    {
        string name = request.Body.RequiredString("logGroupName");
        return _stores.For(request).Transact(store =>
        {
            store.RequireGroup(name).RetentionInDays = null;
            return new JsonObject();
        });
    }
}
