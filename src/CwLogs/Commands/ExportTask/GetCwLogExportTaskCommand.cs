using System.Management.Automation;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure;
using CwLogs.Model;

namespace CwLogs.Commands;

/// <summary>Lists the account's export tasks (DescribeExportTasks), page by page, optionally one task or one state.</summary>
[Cmdlet(VerbsCommon.Get, "CwLogExportTask")]
[OutputType(typeof(ExportTask))]
public sealed class GetCwLogExportTaskCommand : CwLogsCmdlet
{
    /// <summary>Only this task (bound by property name, e.g. from New-CwLogExportTask).</summary>
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? TaskId { get; set; }

    /// <summary>Only tasks in this state.</summary>
    [Parameter]
    public ExportTaskStatusCode? StatusCode { get; set; }

    /// <summary>Tasks per request (1-50); the cmdlet still returns every page.</summary>
    [Parameter]
    [ValidateRange(1, 50)]
    public int? PageSize { get; set; }

    protected override void ProcessRecord()
    {
        var request = new DescribeExportTasksRequest { TaskId = TaskId, StatusCode = StatusCode?.ToString(), Limit = PageSize };
        var target = (object?)TaskId ?? "export tasks";
        if (!IsValidRequest(request, target)) return;
        TryForItem(target, TaskId is null ? "Export tasks" : $"Export task '{TaskId}'", () =>
        {
            foreach (var page in SendPaged(CwLogsOperations.DescribeExportTasks, request))
                foreach (var task in page.ExportTasks ?? new List<ExportTaskData>())
                    WriteObject(task.ToExportTask());
        });
    }
}
