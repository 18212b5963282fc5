using System.Text.Json.Nodes;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;
using CwLogs.Emulator.Validation;

namespace CwLogs.Emulator.Operations;

/// <summary>Deletes a group with all its streams and events.</summary>
internal sealed class DeleteLogGroupHandler : IOperationHandler
{
    private readonly LogStore _store;

    public DeleteLogGroupHandler(LogStore store) => _store = store;

    public string Name => "DeleteLogGroup";

    public JsonObject Handle(OperationRequest request)
    {
        string name = Names.Group(request.Body.RequiredString("logGroupName"));
        return _store.Transact(store =>
        {
            if (!store.RemoveGroup(name)) throw Errors.GroupNotFound();
            return new JsonObject();
        });
    }
}
