using System.Management.Automation;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure;
using CwLogs.Infrastructure.Completion;
using CwLogs.Infrastructure.Steps;
using CwLogs.Infrastructure.Validation;

namespace CwLogs.Commands;

/// <summary>
/// What Remove-CwLogMetricFilter and Remove-CwLogSubscriptionFilter share: a log group, filter names (each one
/// confirmed and deleted on its own, a failure being an error for that filter only) and -Force.
/// </summary>
public abstract class RemoveLogGroupFilterCmdlet<TRequest> : CwLogsCmdlet, IForceSwitch
    where TRequest : IModelShape<TRequest>
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ValidateLogGroupName]
    [ArgumentCompleter(typeof(LogGroupNameCompleter))]
    public string LogGroupName { get; set; } = "";

    /// <summary>By property name only: by value, a piped LogGroup would convert to its name and be taken for a filter.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[] FilterName { get; set; } = Array.Empty<string>();

    /// <summary>Delete without asking for confirmation.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>The kind of filter, lower case, as messages name it: "metric filter".</summary>
    private protected abstract string FilterKind { get; }

    private protected abstract CwLogsOperation<TRequest, EmptyResponse> DeleteOperation { get; }

    private protected abstract TRequest NewDeleteRequest(string logGroupName, string filterName);

    protected override void ProcessRecord()
    {
        foreach (var name in FilterName)
        {
            var description = $"{char.ToUpperInvariant(FilterKind[0])}{FilterKind[1..]} '{name}' in log group '{LogGroupName}'";
            Change(DeleteOperation, NewDeleteRequest(LogGroupName, name), new ItemAction($"{LogGroupName}/{name}", $"Remove {FilterKind}", description));
        }
    }
}
