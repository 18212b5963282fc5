using System.Text.Json.Nodes;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;

namespace CwLogs.Emulator.Operations;

/// <summary>Deletes a destination by name; an unknown name is ResourceNotFoundException.</summary>
internal sealed class DeleteDestinationHandler : IOperationHandler
{
    private readonly LogStore _store;

    public DeleteDestinationHandler(LogStore store) => _store = store;

    public string Name => "DeleteDestination";

    public JsonObject Handle(OperationRequest request)
    {
        string name = request.Body.RequiredString("destinationName");
        return _store.Transact(store =>
        {
            if (!store.Destinations.Remove(name)) throw Errors.DestinationNotFound();
            return new JsonObject();
        });
    }
}
