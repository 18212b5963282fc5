using System.Management.Automation;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure;

namespace CwLogs.Commands;

/// <summary>Deletes saved Logs Insights queries (DeleteQueryDefinition), by id or by exact name.</summary>
[Cmdlet(VerbsCommon.Remove, "CwLogQueryDefinition", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ById)]
[OutputType(typeof(void))]
public sealed class RemoveCwLogQueryDefinitionCommand : CwLogsCmdlet
{
    private const string ById = "Id";
    private const string ByName = "Name";

    /// <summary>The saved query's id, e.g. from Get-CwLogQueryDefinition (bound by property name).</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = ById, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[] QueryDefinitionId { get; set; } = Array.Empty<string>();

    /// <summary>Every saved query with exactly this name.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ByName)]
    [ValidateNotNullOrEmpty]
    public string Name { get; set; } = "";

    /// <summary>Delete without asking for confirmation.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    protected override void ProcessRecord()
    {
        if (ParameterSetName == ByName)
        {
            // Null when the listing failed: that was its own error, and says nothing about whether the query exists.
            if (IdsNamed(Name) is not { } ids) return;
            if (ids.Count == 0)
                WriteError(new ErrorRecord(new ItemNotFoundException($"No saved query is named '{Name}'."), "QueryDefinitionNotFound", ErrorCategory.ObjectNotFound, Name));
            foreach (var id in ids) Remove(id, $"{Name} ({id})");
            return;
        }
        foreach (var id in QueryDefinitionId) Remove(id, id);
    }

    private void Remove(string id, string shown)
    {
        var request = new DeleteQueryDefinitionRequest { QueryDefinitionId = id };
        if (!IsValidRequest(request, id) || !ShouldChange(shown, "Remove saved query", Force)) return;
        TryForItem(id, $"Saved query '{shown}'", () => Send(CwLogsOperations.DeleteQueryDefinition, request));
    }

    private List<string>? IdsNamed(string name)
    {
        var ids = new List<string>();
        var request = new DescribeQueryDefinitionsRequest { QueryDefinitionNamePrefix = name };
        if (!IsValidRequest(request, name)) return null;
        var listed = TryForItem(name, $"Saved query '{name}'", () =>
        {
            foreach (var page in SendPaged(CwLogsOperations.DescribeQueryDefinitions, request))
                foreach (var definition in page.QueryDefinitions ?? new List<QueryDefinitionData>())
                    if (definition.Name == name && definition.QueryDefinitionId is { } id) ids.Add(id);
        });
        return listed ? ids : null;
    }
}
