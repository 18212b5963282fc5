using System.Text.Json.Nodes;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;

namespace CwLogs.Emulator.Operations;

internal sealed class CreateLogStreamHandler : IOperationHandler
{
    private readonly LogStore _store;

    public CreateLogStreamHandler(LogStore store) => _store = store;

    public string Name => "CreateLogStream";

    public JsonObject Handle(OperationRequest request)
    {
        RequestBody body = request.Body;
        string groupName = body.RequiredString("logGroupName");
        string streamName = body.RequiredString("logStreamName");
        return _store.Transact(store =>
        {
            LogGroup group = store.RequireGroup(groupName);
            if (group.Streams.ContainsKey(streamName)) throw Errors.StreamAlreadyExists();
            group.Streams.Add(streamName, new LogStream(streamName, request.NowMillis));
            return new JsonObject();
        });
    }
}
