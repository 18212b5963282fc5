using System.Management.Automation;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure;
using CwLogs.Model;

namespace CwLogs.Commands;

/// <summary>Lists saved Logs Insights queries (DescribeQueryDefinitions) in name order, page by page.</summary>
[Cmdlet(VerbsCommon.Get, "CwLogQueryDefinition", DefaultParameterSetName = ByName)]
[OutputType(typeof(QueryDefinition))]
public sealed class GetCwLogQueryDefinitionCommand : CwLogsCmdlet
{
    private const string ByName = "Name";
    private const string ById = "Id";

    /// <summary>Saved queries with this name; wildcards allowed ('ops/*'). All when left out.</summary>
    [Parameter(Position = 0, ParameterSetName = ByName)]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    public string? Name { get; set; }

    /// <summary>Saved queries whose name starts with this text (filtered by the service).</summary>
    [Parameter(ParameterSetName = ByName)]
    [ValidateNotNullOrEmpty]
    public string? QueryDefinitionNamePrefix { get; set; }

    /// <summary>The saved query with this id.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ById, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string QueryDefinitionId { get; set; } = "";

    protected override void ProcessRecord()
    {
        var pattern = Name is null ? null : WildcardPattern.Get(Name, WildcardOptions.None);
        // The literal start of the name lets the service do most of the filtering.
        var prefix = QueryDefinitionNamePrefix ?? LiteralStart(Name);
        var request = new DescribeQueryDefinitionsRequest { QueryDefinitionNamePrefix = prefix };
        var target = (object?)Name ?? QueryDefinitionId;
        if (!IsValidRequest(request, target ?? "query definitions")) return;
        var found = false;
        var listed = TryForItem(target ?? "query definitions", "Saved queries", () =>
        {
            foreach (var page in SendPaged(CwLogsOperations.DescribeQueryDefinitions, request))
                foreach (var data in page.QueryDefinitions ?? new List<QueryDefinitionData>())
                {
                    if (pattern is not null && !pattern.IsMatch(data.Name ?? "")) continue;
                    if (ParameterSetName == ById && data.QueryDefinitionId != QueryDefinitionId) continue;
                    found = true;
                    WriteObject(data.ToQueryDefinition());
                }
        });
        var exact = ParameterSetName == ById || (Name is not null && !WildcardPattern.ContainsWildcardCharacters(Name));
        // A failed listing was its own error; it says nothing about whether the query exists.
        if (listed && !found && exact)
            WriteError(new ErrorRecord(new ItemNotFoundException($"No saved query {(ParameterSetName == ById ? "has the id" : "is named")} '{target}'."),
                "QueryDefinitionNotFound", ErrorCategory.ObjectNotFound, target));
    }

    private static string? LiteralStart(string? name)
    {
        if (name is null) return null;
        var end = name.IndexOfAny(new[] { '*', '?', '[', '`' });
        // A prefix may not end with '/' (the service's name rule), so 'ops/*' asks for 'ops'.
        var start = (end < 0 ? name : name[..end]).TrimEnd('/');
        return start.Length == 0 ? null : start;
    }
}
