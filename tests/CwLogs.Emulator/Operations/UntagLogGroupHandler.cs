using System.Text.Json.Nodes;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;

namespace CwLogs.Emulator.Operations;

/// <summary>Removes tags by key from a group (deprecated by AWS in favour of UntagResource, still served).</summary>
internal sealed class UntagLogGroupHandler : IOperationHandler
{
    private readonly LogStore _store;

    public UntagLogGroupHandler(LogStore store) => _store = store;

    public string Name => "UntagLogGroup";

    public JsonObject Handle(OperationRequest request)
    {
        RequestBody body = request.Body;
        string name = body.RequiredString("logGroupName");
        var keys = body.OptionalStringList("tags") ?? throw Errors.MissingMember("tags");
        return _store.Transact(store =>
        {
            GroupTags.Remove(store.RequireGroup(name), keys);
            return new JsonObject();
        });
    }
}
