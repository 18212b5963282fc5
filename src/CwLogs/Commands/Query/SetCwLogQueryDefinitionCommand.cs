using System.Management.Automation;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure;
using CwLogs.Infrastructure.Completion;
using CwLogs.Infrastructure.Validation;
using CwLogs.Model;

namespace CwLogs.Commands;

/// <summary>
/// Saves a Logs Insights query (PutQueryDefinition), create-or-update as Set- means: the one with
/// -QueryDefinitionId, else the one named -Name (DescribeQueryDefinitions), else a new one. A name that several
/// saved queries share is an error listing their ids. Writes the saved query.
/// </summary>
[Cmdlet(VerbsCommon.Set, "CwLogQueryDefinition", SupportsShouldProcess = true)]
[OutputType(typeof(QueryDefinition))]
public sealed class SetCwLogQueryDefinitionCommand : CwLogsCmdlet
{
    /// <summary>The saved query's name; '/' makes folders in the console ('ops/errors').</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Name { get; set; } = "";

    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string QueryString { get; set; } = "";

    /// <summary>Groups the saved query runs on by default.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("LogGroupNames")]
    [ValidateLogGroupName]
    [ArgumentCompleter(typeof(LogGroupNameCompleter))]
    public string[]? LogGroupName { get; set; }

    /// <summary>Update this saved query (else the one named -Name, else a new one is made).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? QueryDefinitionId { get; set; }

    protected override void ProcessRecord()
    {
        var request = new PutQueryDefinitionRequest
        {
            Name = Name,
            QueryString = QueryString,
            QueryDefinitionId = QueryDefinitionId,
            LogGroupNames = LogGroupName is { Length: > 0 } ? LogGroupName : null,
        };
        if (!IsValidRequest(request, Name)) return;
        // Asked before the name is looked up, so -WhatIf sends nothing.
        var action = QueryDefinitionId is null ? "Save query (update the one with this name, or create it)" : $"Update saved query {QueryDefinitionId}";
        if (!ShouldProcess(Name, action)) return;
        TryForItem(Name, $"Saved query '{Name}'", () =>
        {
            if (QueryDefinitionId is null)
            {
                var named = QueryDefinitionLookup.Named(Name, r => SendPaged(CwLogsOperations.DescribeQueryDefinitions, r));
                if (named.Count > 1)
                {
                    WriteError(QueryDefinitionLookup.Ambiguous(Name, named,
                        "name the one to update with -QueryDefinitionId, or remove the others (Remove-CwLogQueryDefinition -QueryDefinitionId)."));
                    return;
                }
                request.QueryDefinitionId = named.SingleOrDefault()?.QueryDefinitionId;
                WriteVerbose(request.QueryDefinitionId is null ? $"No saved query is named '{Name}': creating one." : $"Updating saved query {request.QueryDefinitionId}.");
            }
            var id = Send(CwLogsOperations.PutQueryDefinition, request).QueryDefinitionId ?? "";
            WriteObject(new QueryDefinition
            {
                QueryDefinitionId = id,
                Name = Name,
                QueryString = QueryString,
                LogGroupNames = LogGroupName ?? Array.Empty<string>(),
            });
        });
    }
}
