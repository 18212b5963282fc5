using System.Text.Json.Nodes;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;

namespace CwLogs.Emulator.Operations;

internal sealed class DeleteLogStreamHandler : IOperationHandler
{
    private readonly LogStore _store;

    public DeleteLogStreamHandler(LogStore store) => _store = store;

    public string Name => "DeleteLogStream";

    public JsonObject Handle(OperationRequest request)
    {
        RequestBody body = request.Body;
        string groupName = body.RequiredString("logGroupName");
        string streamName = body.RequiredString("logStreamName");
        return _store.Transact(store =>
        {
            LogGroup group = store.RequireGroup(groupName);
            if (!group.Streams.Remove(streamName)) throw Errors.StreamNotFound();
            return new JsonObject();
        });
    }
}
