using System.Management.Automation;
using CwLogs.Client.Operations;

namespace CwLogs.Commands;

/// <summary>
/// Saved queries by exact name. DescribeQueryDefinitions filters only by prefix, and names are not unique
/// (PutQueryDefinition without an id always adds one), so a name can stand for several saved queries.
/// </summary>
internal static class QueryDefinitionLookup
{
    public static List<QueryDefinitionData> Named(string name, Func<DescribeQueryDefinitionsRequest, IEnumerable<DescribeQueryDefinitionsResponse>> pages)
    {
        var found = new List<QueryDefinitionData>();
        foreach (var page in pages(new DescribeQueryDefinitionsRequest { QueryDefinitionNamePrefix = name }))
            foreach (var definition in page.QueryDefinitions ?? new List<QueryDefinitionData>())
                if (string.Equals(definition.Name, name, StringComparison.Ordinal)) found.Add(definition);
        return found;
    }

    /// <summary>Where a name must pick one saved query and picks several: the ids, and how to name one.</summary>
    public static ErrorRecord Ambiguous(string name, IEnumerable<QueryDefinitionData> matches, string remedy)
    {
        var ids = matches.Select(m => m.QueryDefinitionId).ToList();
        return new ErrorRecord(
            new ArgumentException($"{ids.Count} saved queries are named '{name}' (ids {string.Join(", ", ids)}); {remedy}"),
            "AmbiguousQueryDefinitionName", ErrorCategory.InvalidArgument, name);
    }
}
