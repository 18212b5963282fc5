using System.Text.Json.Nodes;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;

namespace CwLogs.Emulator.Operations;

/// <summary>Deletes a resource policy by name; an unknown name is ResourceNotFoundException.</summary>
internal sealed class DeleteResourcePolicyHandler : IOperationHandler
{
    private readonly LogStore _store;

    public DeleteResourcePolicyHandler(LogStore store) => _store = store;

    public string Name => "DeleteResourcePolicy";

    public JsonObject Handle(OperationRequest request)
    {
        // The model leaves policyName optional; the service refuses a call without it.
        string name = request.Body.RequiredString("policyName");
        return _store.Transact(store =>
        {
            if (!store.ResourcePolicies.Remove(name)) throw Errors.ResourcePolicyNotFound(name);
            return new JsonObject();
        });
    }
}
