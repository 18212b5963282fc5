using System.Text.Json.Nodes;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;

namespace CwLogs.Emulator.Operations;

internal sealed class DeleteLogStreamHandler : IOperationHandler
{
    private readonly LogStores _stores;

    public DeleteLogStreamHandler(LogStores stores) => _stores = stores;

    public string Name => "DeleteLogStream";

    public JsonObject Handle(OperationRequest request)
    {
        RequestBody body = request.Body;
        string groupName = body.RequiredString("logGroupName");
        string streamName = body.RequiredString("logStreamName");
        return _stores.For(request).Transact(store =>
        {
            LogGroup group = store.RequireGroup(groupName);
            if (!group.Streams.Remove(streamName)) throw Errors.StreamNotFound();
            return new JsonObject();
        });
    }
}
