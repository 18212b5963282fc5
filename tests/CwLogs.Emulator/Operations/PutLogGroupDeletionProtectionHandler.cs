using System.Text.Json.Nodes;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;
using CwLogs.Emulator.Validation;

namespace CwLogs.Emulator.Operations;

/// <summary>Turns a group's deletion protection on or off; both members are required.</summary>
internal sealed class PutLogGroupDeletionProtectionHandler : IOperationHandler
{
    private readonly LogStores _stores;

    public PutLogGroupDeletionProtectionHandler(LogStores stores) => _stores = stores;

    public string Name => "PutLogGroupDeletionProtection";

    public JsonObject Handle(OperationRequest request)
    {
        RequestBody body = request.Body;
        string name = GroupIdentifier.ToName(body.RequiredString("logGroupIdentifier"), "logGroupIdentifier");
        bool enabled = body.OptionalBool("deletionProtectionEnabled") ?? throw Errors.MissingMember("deletionProtectionEnabled");
        return _stores.For(request).Transact(store =>
        {
            store.RequireGroup(name).DeletionProtectionEnabled = enabled;
            return new JsonObject();
        });
    }
}
