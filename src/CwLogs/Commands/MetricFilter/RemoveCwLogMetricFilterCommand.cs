using System.Management.Automation;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure;
using CwLogs.Infrastructure.Completion;
using CwLogs.Infrastructure.Validation;

namespace CwLogs.Commands;

/// <summary>Deletes metric filters (DeleteMetricFilter); the metrics already published stay in CloudWatch.</summary>
[Cmdlet(VerbsCommon.Remove, "CwLogMetricFilter", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveCwLogMetricFilterCommand : CwLogsCmdlet
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

    protected override void ProcessRecord()
    {
        foreach (var name in FilterName)
        {
            var target = $"{LogGroupName}/{name}";
            var request = new DeleteMetricFilterRequest { LogGroupName = LogGroupName, FilterName = name };
            if (!IsValidRequest(request, target)) continue;
            if (!ShouldChange(target, "Remove metric filter", Force)) continue;
            TryForItem(target, $"Metric filter '{name}' in log group '{LogGroupName}'", () =>
                Send(CwLogsOperations.DeleteMetricFilter, request));
        }
    }
}
