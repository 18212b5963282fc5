using System.Text.Json.Nodes;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;
using CwLogs.Emulator.Validation;

namespace CwLogs.Emulator.Operations;

/// <summary>Deletes a saved query by id; an unknown id is ResourceNotFoundException.</summary>
internal sealed class DeleteQueryDefinitionHandler : IOperationHandler
{
    private readonly LogStore _store;

    public DeleteQueryDefinitionHandler(LogStore store) => _store = store;

    public string Name => "DeleteQueryDefinition";

    public JsonObject Handle(OperationRequest request)
    {
        string id = Lengths.Check(request.Body.RequiredString("queryDefinitionId"), "queryDefinitionId", 0, QueryIds.MaxLength);
        return _store.Transact(store =>
        {
            if (!store.QueryDefinitions.Remove(id)) throw Errors.QueryDefinitionNotFound();
            return new JsonObject { ["success"] = true };
        });
    }
}
