using System.Text.Json.Nodes;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;
using CwLogs.Emulator.Validation;

namespace CwLogs.Emulator.Operations;

/// <summary>A resource's tags by ARN (log groups only: see <see cref="ResourceArns"/>).</summary>
internal sealed class ListTagsForResourceHandler : IOperationHandler
{
    private readonly LogStore _store;

    public ListTagsForResourceHandler(LogStore store) => _store = store;

    public string Name => "ListTagsForResource";

    public JsonObject Handle(OperationRequest request)
    {
        string name = ResourceArns.LogGroupName(request.Body.RequiredString("resourceArn"), request.AccountId);
        return _store.Transact(store => GroupTags.Output(store.RequireGroup(name)));
    }
}
