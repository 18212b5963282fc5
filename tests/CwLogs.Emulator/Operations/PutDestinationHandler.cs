using System.Collections.Generic;
using System.Text.Json.Nodes;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;

namespace CwLogs.Emulator.Operations;

/// <summary>
/// Creates a destination, or updates the target and role of an existing one (its creation time, access policy
/// and tags stay: tags are only taken on create). Returns the destination.
/// </summary>
internal sealed class PutDestinationHandler : IOperationHandler
{
    private readonly LogStores _stores;

    public PutDestinationHandler(LogStores stores) => _stores = stores;

    public string Name => "PutDestination";

    public JsonObject Handle(OperationRequest request)
    {
        RequestBody body = request.Body;
        string name = body.RequiredString("destinationName");
        string targetArn = body.RequiredString("targetArn");
        string roleArn = body.RequiredString("roleArn");
        IReadOnlyDictionary<string, string>? tags = body.OptionalStringMap("tags");

        return _stores.For(request).Transact(store =>
        {
            Destination destination = store.Destinations.TryGetValue(name, out Destination? existing)
                ? existing with { TargetArn = targetArn, RoleArn = roleArn }
                : new Destination(name, targetArn, roleArn, null, request.NowMillis, tags);
            store.Destinations[name] = destination;
            return new JsonObject { ["destination"] = PolicyShapes.Destination(destination, request) };
        });
    }
}
