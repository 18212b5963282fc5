using System.Text.Json.Nodes;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;
using CwLogs.Emulator.Validation;

namespace CwLogs.Emulator.Operations;

/// <summary>
/// Sets the access policy of an existing destination. Switching a policy that grants to accounts to one that
/// grants to an organization (aws:PrincipalOrgID) needs forceUpdate = true, the caller's word that the accounts'
/// subscription filters were updated first (the API reference's rule); without it the policy is refused.
/// </summary>
internal sealed class PutDestinationPolicyHandler : IOperationHandler
{
    private readonly LogStores _stores;

    public PutDestinationPolicyHandler(LogStores stores) => _stores = stores;

    public string Name => "PutDestinationPolicy";

    public JsonObject Handle(OperationRequest request)
    {
        RequestBody body = request.Body;
        string name = body.RequiredString("destinationName");
        string policy = PolicyDocuments.Check(body.RequiredString("accessPolicy"), "accessPolicy");
        bool forceUpdate = body.OptionalBool("forceUpdate") ?? false;

        return _stores.For(request).Transact(store =>
        {
            if (!store.Destinations.TryGetValue(name, out Destination? destination)) throw Errors.DestinationNotFound();
            bool toOrganization = destination.AccessPolicy is { } current
                && !PolicyDocuments.GrantsToOrganization(current) && PolicyDocuments.GrantsToOrganization(policy);
            if (toOrganization && !forceUpdate)
            {
                throw Errors.InvalidParameter(
                    "Updating the destination policy from accounts to an organization can break existing subscription filters: " +
                    "update them first, then set forceUpdate to true.");
            }
            store.Destinations[name] = destination with { AccessPolicy = policy };
            return new JsonObject();
        });
    }
}
