using System.Text.Json.Nodes;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;

namespace CwLogs.Emulator.Operations;

/// <summary>Adds or overwrites a group's tags (deprecated by AWS in favour of TagResource, still served).</summary>
internal sealed class TagLogGroupHandler : IOperationHandler
{
    private readonly LogStores _stores;

    public TagLogGroupHandler(LogStores stores) => _stores = stores;

    public string Name => "TagLogGroup";

    public JsonObject Handle(OperationRequest request)
    {
        RequestBody body = request.Body;
        string name = body.RequiredString("logGroupName");
        var tags = body.OptionalStringMap("tags") ?? throw Errors.MissingMember("tags");
        return _stores.For(request).Transact(store =>
        {
            // The operation's model has no TooManyTagsException: the older API says InvalidParameter.
            GroupTags.Add(store.RequireGroup(name), tags, () => Errors.InvalidParameter("A log group can have no more than 50 tags."));
            return new JsonObject();
        });
    }
}
