using System.Text.Json.Nodes;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;

namespace CwLogs.Emulator.Operations;

/// <summary>Removes tags by key from a group (deprecated by AWS in favour of UntagResource, still served).</summary>
internal sealed class UntagLogGroupHandler : IOperationHandler
{
    private readonly LogStores _stores;

    public UntagLogGroupHandler(LogStores stores) => _stores = stores;

    public string Name => "UntagLogGroup";

    public JsonObject Handle(OperationRequest request)
    {
        RequestBody body = request.Body;
        string name = body.RequiredString("logGroupName");
        var keys = body.OptionalStringList("tags") ?? throw Errors.MissingMember("tags");
        return _stores.For(request).Transact(store =>
        {
            GroupTags.Remove(store.RequireGroup(name), keys);
            return new JsonObject();
        });
    }
}
