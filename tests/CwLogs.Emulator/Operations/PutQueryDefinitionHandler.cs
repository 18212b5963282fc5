using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;

namespace CwLogs.Emulator.Operations;

/// <summary>
/// Saves a query: a new definition (new id) without queryDefinitionId, else replaces every member of that one
/// (logGroupNames left out means none). An unknown queryDefinitionId is ResourceNotFoundException.
/// The query string is stored as given, not compiled.
/// </summary>
internal sealed class PutQueryDefinitionHandler : IOperationHandler
{
    private readonly LogStores _stores;

    public PutQueryDefinitionHandler(LogStores stores) => _stores = stores;

    public string Name => "PutQueryDefinition";

    public JsonObject Handle(OperationRequest request)
    {
        RequestBody body = request.Body;
        string name = body.RequiredString("name");
        string queryString = body.RequiredString("queryString");
        string? id = body.OptionalString("queryDefinitionId");
        IReadOnlyList<string>? groups = body.OptionalStringList("logGroupNames");

        return _stores.For(request).Transact(store =>
        {
            if (id is not null && !store.QueryDefinitions.ContainsKey(id)) throw Errors.QueryDefinitionNotFound();
            string saved = id ?? Guid.NewGuid().ToString();
            store.QueryDefinitions[saved] = new QueryDefinition(saved, name, queryString, groups, request.NowMillis);
            return new JsonObject { ["queryDefinitionId"] = saved };
        });
    }
}
