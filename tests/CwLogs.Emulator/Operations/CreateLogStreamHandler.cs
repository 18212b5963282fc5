using System.Text.Json.Nodes;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;

namespace CwLogs.Emulator.Operations;

internal sealed class CreateLogStreamHandler : IOperationHandler
{
    private readonly LogStores _stores;

    public CreateLogStreamHandler(LogStores stores) => _stores = stores;

    public string Name => "CreateLogStream";

    public JsonObject Handle(OperationRequest request)
    {
        RequestBody body = request.Body;
        string groupName = body.RequiredString("logGroupName");
        string streamName = body.RequiredString("logStreamName");
        return _stores.For(request).Transact(store =>
        {
            LogGroup group = store.RequireGroup(groupName);
            if (group.Streams.ContainsKey(streamName)) throw Errors.StreamAlreadyExists();
            group.Streams.Add(streamName, new LogStream(streamName, request.NowMillis));
            return new JsonObject();
        });
    }
}
