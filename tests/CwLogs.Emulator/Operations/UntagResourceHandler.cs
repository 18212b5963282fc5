using System.Text.Json.Nodes;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;
using CwLogs.Emulator.Validation;

namespace CwLogs.Emulator.Operations;

/// <summary>Removes tags by key from a resource by ARN (log groups only: see <see cref="ResourceArns"/>).</summary>
internal sealed class UntagResourceHandler : IOperationHandler
{
    private readonly LogStores _stores;

    public UntagResourceHandler(LogStores stores) => _stores = stores;

    public string Name => "UntagResource";

    public JsonObject Handle(OperationRequest request)
    {
        RequestBody body = request.Body;
        string arn = body.RequiredString("resourceArn");
        var keys = body.OptionalStringList("tagKeys") ?? throw Errors.MissingMember("tagKeys");
        string name = ResourceArns.LogGroupName(arn, request.AccountId, request.Region);
        return _stores.For(request).Transact(store =>
        {
            GroupTags.Remove(store.RequireGroup(name), keys);
            return new JsonObject();
        });
    }
}
