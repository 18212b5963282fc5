using System.Text.Json.Nodes;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;
using CwLogs.Emulator.Validation;

namespace CwLogs.Emulator.Operations;

/// <summary>Turns a group's deletion protection on or off; both members are required.</summary>
internal sealed class PutLogGroupDeletionProtectionHandler : IOperationHandler
{
    private readonly LogStore _store;

    public PutLogGroupDeletionProtectionHandler(LogStore store) => _store = store;

    public string Name => "PutLogGroupDeletionProtection";

    public JsonObject Handle(OperationRequest request)
    {
        RequestBody body = request.Body;
        string name = GroupIdentifier.ToName(body.RequiredString("logGroupIdentifier"), "logGroupIdentifier");
        bool enabled = body.OptionalBool("deletionProtectionEnabled") ?? throw Errors.MissingMember("deletionProtectionEnabled");
        return _store.Transact(store =>
        {
            store.RequireGroup(name).DeletionProtectionEnabled = enabled;
            return new JsonObject();
        });
    }
}
