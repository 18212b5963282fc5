using System.Text.Json.Nodes;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;
using CwLogs.Emulator.Validation;

namespace CwLogs.Emulator.Operations;

/// <summary>
/// Creates or replaces a resource policy by name and returns it. The service keeps at most 10 per region:
/// an 11th name is LimitExceededException (replacing one of the 10 is fine).
/// </summary>
internal sealed class PutResourcePolicyHandler : IOperationHandler
{
    public const int MaxPolicies = 10;
    private readonly LogStores _stores;

    public PutResourcePolicyHandler(LogStores stores) => _stores = stores;

    public string Name => "PutResourcePolicy";

    public JsonObject Handle(OperationRequest request)
    {
        RequestBody body = request.Body;
        // The model leaves both optional; the service refuses a call without either.
        string name = body.RequiredString("policyName");
        string document = PolicyDocuments.Check(body.RequiredString("policyDocument"), "policyDocument");

        return _stores.For(request).Transact(store =>
        {
            if (!store.ResourcePolicies.ContainsKey(name) && store.ResourcePolicies.Count >= MaxPolicies)
                throw Errors.LimitExceeded("Resource limit exceeded.");
            var policy = new ResourcePolicy(name, document, request.NowMillis);
            store.ResourcePolicies[name] = policy;
            return new JsonObject { ["resourcePolicy"] = PolicyShapes.ResourcePolicy(policy) };
        });
    }
}
