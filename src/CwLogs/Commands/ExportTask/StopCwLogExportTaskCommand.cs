using System.Management.Automation;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure;
using CwLogs.Infrastructure.Steps;

namespace CwLogs.Commands;

/// <summary>Cancels PENDING or RUNNING export tasks (CancelExportTask).</summary>
[Cmdlet(VerbsLifecycle.Stop, "CwLogExportTask", SupportsShouldProcess = true)]
[OutputType(typeof(void))]
public sealed class StopCwLogExportTaskCommand : CwLogsCmdlet
{
    /// <summary>The tasks to cancel, e.g. from Get-CwLogExportTask -StatusCode RUNNING (bound by property name).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[] TaskId { get; set; } = Array.Empty<string>();

    protected override void ProcessRecord()
    {
        foreach (var id in TaskId)
        {
            Change(CwLogsOperations.CancelExportTask, new CancelExportTaskRequest { TaskId = id },
                new ItemAction(id, "Cancel export task", $"Export task '{id}'"));
        }
    }
}
