using System.Text.Json.Nodes;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;

namespace CwLogs.Emulator.Operations;

/// <summary>Removes retention, so the group keeps events forever (DescribeLogGroups then omits retentionInDays).</summary>
internal sealed class DeleteRetentionPolicyHandler : IOperationHandler
{
    private readonly LogStore _store;

    public DeleteRetentionPolicyHandler(LogStore store) => _store = store;

    public string Name => "DeleteRetentionPolicy";

    public JsonObject Handle(OperationRequest request)
    {
        string name = request.Body.RequiredString("logGroupName");
        return _store.Transact(store =>
        {
            store.RequireGroup(name).RetentionInDays = null;
            return new JsonObject();
        });
    }
}
