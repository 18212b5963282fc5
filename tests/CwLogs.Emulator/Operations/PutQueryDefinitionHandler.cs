using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Nodes;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;
using CwLogs.Emulator.Validation;

namespace CwLogs.Emulator.Operations;

/// <summary>
/// Saves a query: a new definition (new id) without queryDefinitionId, else replaces every member of that one
/// (logGroupNames left out means none). An unknown queryDefinitionId is ResourceNotFoundException.
/// The query string is stored as given, not compiled.
/// </summary>
internal sealed class PutQueryDefinitionHandler : IOperationHandler
{
    private const int MaxQueryLength = 10_000;
    private readonly LogStore _store;

    public PutQueryDefinitionHandler(LogStore store) => _store = store;

    public string Name => "PutQueryDefinition";

    public JsonObject Handle(OperationRequest request)
    {
        RequestBody body = request.Body;
        string name = QueryDefinitionNames.Check(body.RequiredString("name"));
        string queryString = Lengths.Check(body.RequiredString("queryString"), "queryString", 1, MaxQueryLength);
        string? id = body.OptionalString("queryDefinitionId");
        if (id is not null) Lengths.Check(id, "queryDefinitionId", 0, QueryIds.MaxLength);
        IReadOnlyList<string>? groups = body.OptionalStringList("logGroupNames");
        if (groups is not null)
        {
            for (int i = 0; i < groups.Count; i++)
                Names.Group(groups[i], "logGroupNames." + (i + 1).ToString(CultureInfo.InvariantCulture) + ".member");
        }

        return _store.Transact(store =>
        {
            if (id is not null && !store.QueryDefinitions.ContainsKey(id)) throw Errors.QueryDefinitionNotFound();
            string saved = id ?? Guid.NewGuid().ToString();
            store.QueryDefinitions[saved] = new QueryDefinition(saved, name, queryString, groups, request.NowMillis);
            return new JsonObject { ["queryDefinitionId"] = saved };
        });
    }
}
