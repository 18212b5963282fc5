using System.Text.Json.Nodes;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;

namespace CwLogs.Emulator.Operations;

/// <summary>A group's tags (deprecated by AWS in favour of ListTagsForResource, still served).</summary>
internal sealed class ListTagsLogGroupHandler : IOperationHandler
{
    private readonly LogStores _stores;

    public ListTagsLogGroupHandler(LogStores stores) => _stores = stores;

    public string Name => "ListTagsLogGroup";

    public JsonObject Handle(OperationRequest request)
    {
        string name = request.Body.RequiredString("logGroupName");
        return _stores.For(request).Transact(store => GroupTags.Output(store.RequireGroup(name)));
    }
}
