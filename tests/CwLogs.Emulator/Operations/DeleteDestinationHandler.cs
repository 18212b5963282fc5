using System.Text.Json.Nodes;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;

namespace CwLogs.Emulator.Operations;

/// <summary>Deletes a destination by name; an unknown name is ResourceNotFoundException.</summary>
internal sealed class DeleteDestinationHandler : IOperationHandler
{
    private readonly LogStores _stores;

    public DeleteDestinationHandler(LogStores stores) => _stores = stores;

    public string Name => "DeleteDestination";

    public JsonObject Handle(OperationRequest request)
    {
        string name = request.Body.RequiredString("destinationName");
        return _stores.For(request).Transact(store =>
        {
            if (!store.Destinations.Remove(name)) throw Errors.DestinationNotFound();
            return new JsonObject();
        });
    }
}
