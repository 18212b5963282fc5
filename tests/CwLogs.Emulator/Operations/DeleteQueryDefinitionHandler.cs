using System.Text.Json.Nodes;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;

namespace CwLogs.Emulator.Operations;

/// <summary>Deletes a saved query by id; an unknown id is ResourceNotFoundException.</summary>
internal sealed class DeleteQueryDefinitionHandler : IOperationHandler
{
    private readonly LogStores _stores;

    public DeleteQueryDefinitionHandler(LogStores stores) => _stores = stores;

    public string Name => "DeleteQueryDefinition";

    public JsonObject Handle(OperationRequest request)
    {
        string id = request.Body.RequiredString("queryDefinitionId");
        return _stores.For(request).Transact(store =>
        {
            if (!store.QueryDefinitions.Remove(id)) throw Errors.QueryDefinitionNotFound();
            return new JsonObject { ["success"] = true };
        });
    }
}
