using System.Text.Json.Nodes;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;
using CwLogs.Emulator.Validation;

namespace CwLogs.Emulator.Operations;

/// <summary>Adds or overwrites the tags of a resource by ARN (log groups only: see <see cref="ResourceArns"/>).</summary>
internal sealed class TagResourceHandler : IOperationHandler
{
    private readonly LogStores _stores;

    public TagResourceHandler(LogStores stores) => _stores = stores;

    public string Name => "TagResource";

    public JsonObject Handle(OperationRequest request)
    {
        RequestBody body = request.Body;
        string arn = body.RequiredString("resourceArn");
        var tags = body.OptionalStringMap("tags") ?? throw Errors.MissingMember("tags");
        string name = ResourceArns.LogGroupName(arn, request.AccountId, request.Region);
        return _stores.For(request).Transact(store =>
        {
            GroupTags.Add(store.RequireGroup(name), tags, () => Errors.TooManyTags(arn));
            return new JsonObject();
        });
    }
}
