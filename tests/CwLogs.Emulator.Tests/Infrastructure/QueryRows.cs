using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace CwLogs.Emulator.Tests.Infrastructure;

/// <summary>GetQueryResults' results (lists of {field, value}) as field → value maps.</summary>
public static class QueryRows
{
    public static List<Dictionary<string, string>> Of(JsonNode getQueryResults) =>
        getQueryResults["results"]!.AsArray()
            .Select(row => row!.AsArray().ToDictionary(f => (string)f!["field"]!, f => (string)f!["value"]!))
            .ToList();
}
