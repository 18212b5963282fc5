using System.Text.Json.Nodes;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;
using CwLogs.Emulator.Validation;

namespace CwLogs.Emulator.Operations;

/// <summary>A resource's tags by ARN (log groups only: see <see cref="ResourceArns"/>).</summary>
internal sealed class ListTagsForResourceHandler : IOperationHandler
{
    private readonly LogStores _stores;

    public ListTagsForResourceHandler(LogStores stores) => _stores = stores;

    public string Name => "ListTagsForResource";

    public JsonObject Handle(OperationRequest request)
    {
        string name = ResourceArns.LogGroupName(request.Body.RequiredString("resourceArn"), request.AccountId, request.Region);
        return _stores.For(request).Transact(store => GroupTags.Output(store.RequireGroup(name)));
    }
}
