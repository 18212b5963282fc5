using System.Text.Json.Nodes;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;

namespace CwLogs.Emulator.Operations;

/// <summary>Deletes a resource policy by name; an unknown name is ResourceNotFoundException.</summary>
internal sealed class DeleteResourcePolicyHandler : IOperationHandler
{
    private readonly LogStores _stores;

    public DeleteResourcePolicyHandler(LogStores stores) => _stores = stores;

    public string Name => "DeleteResourcePolicy";

    public JsonObject Handle(OperationRequest request)
    {
        // The model leaves policyName optional; the service refuses a call without it.
        string name = request.Body.RequiredString("policyName");
        return _stores.For(request).Transact(store =>
        {
            if (!store.ResourcePolicies.Remove(name)) throw Errors.ResourcePolicyNotFound(name);
            return new JsonObject();
        });
    }
}
