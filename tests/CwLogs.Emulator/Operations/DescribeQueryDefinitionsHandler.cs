using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using CwLogs.Emulator.Paging;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;
using CwLogs.Emulator.Validation;

namespace CwLogs.Emulator.Operations;

/// <summary>Saved queries in (name, id) order, optionally those whose name starts with a prefix; nextToken names the last one returned.</summary>
internal sealed class DescribeQueryDefinitionsHandler : IOperationHandler
{
    private const int DefaultMaxResults = 1000;
    private const string TokenKind = "DescribeQueryDefinitions";
    private readonly LogStores _stores;

    public DescribeQueryDefinitionsHandler(LogStores stores) => _stores = stores;

    public string Name => "DescribeQueryDefinitions";

    public JsonObject Handle(OperationRequest request)
    {
        RequestBody body = request.Body;
        string? prefix = body.OptionalString("queryDefinitionNamePrefix");
        int maxResults = body.OptionalInt("maxResults") ?? DefaultMaxResults;
        string[]? after = PositionToken.Decode(body.OptionalString("nextToken"), TokenKind, 2);

        return _stores.For(request).Transact(store =>
        {
            List<QueryDefinition> remaining = store.QueryDefinitions.Values
                .OrderBy(d => d.Name, StringComparer.Ordinal).ThenBy(d => d.Id, StringComparer.Ordinal)
                .Where(d => after is null || IsAfter(d, after[0], after[1]))
                .Where(d => prefix is null || d.Name.StartsWith(prefix, StringComparison.Ordinal))
                .Take(maxResults + 1)
                .ToList();

            var definitions = new JsonArray();
            foreach (QueryDefinition definition in remaining.Take(maxResults)) definitions.Add(Shape(definition));
            var result = new JsonObject { ["queryDefinitions"] = definitions };
            if (remaining.Count > maxResults)
            {
                QueryDefinition last = remaining[maxResults - 1];
                result["nextToken"] = PositionToken.Encode(TokenKind, last.Name, last.Id);
            }
            return result;
        });
    }

    private static bool IsAfter(QueryDefinition definition, string name, string id)
    {
        int order = string.CompareOrdinal(definition.Name, name);
        return order > 0 || (order == 0 && string.CompareOrdinal(definition.Id, id) > 0);
    }

    private static JsonObject Shape(QueryDefinition definition)
    {
        var json = new JsonObject
        {
            ["queryDefinitionId"] = definition.Id,
            ["name"] = definition.Name,
            ["queryString"] = definition.QueryString,
            ["lastModified"] = definition.LastModified,
        };
        if (definition.LogGroupNames is not null)
            json["logGroupNames"] = new JsonArray(definition.LogGroupNames.Select(n => (JsonNode?)JsonValue.Create(n)).ToArray());
        return json;
    }
}
