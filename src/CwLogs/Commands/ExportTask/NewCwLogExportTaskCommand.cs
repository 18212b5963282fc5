using System.Globalization;
using System.Management.Automation;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure;
using CwLogs.Infrastructure.Completion;
using CwLogs.Infrastructure.Progress;
using CwLogs.Infrastructure.Time;
using CwLogs.Infrastructure.Validation;
using CwLogs.Model;
using Codes = CwLogs.Client.Operations.CwLogsEnums.ExportTaskStatusCode;

namespace CwLogs.Commands;

/// <summary>
/// Starts an export of a log group's events to an S3 bucket (CreateExportTask) and returns the task; with -Wait,
/// polls it (DescribeExportTasks) with a progress bar until it completes, is cancelled or fails.
/// </summary>
[Cmdlet(VerbsCommon.New, "CwLogExportTask", SupportsShouldProcess = true)]
[OutputType(typeof(ExportTask))]
public sealed class NewCwLogExportTaskCommand : CwLogsCmdlet
{
    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(2);

    /// <summary>The group to export (bound by property name, e.g. from Get-CwLogGroup).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ValidateLogGroupName]
    [ArgumentCompleter(typeof(LogGroupNameCompleter))]
    public string LogGroupName { get; set; } = "";

    /// <summary>The S3 bucket to write to (in the same Region).</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ValidateNotNullOrEmpty]
    public string Destination { get; set; } = "";

    /// <summary>The key prefix in the bucket; the service uses 'exportedlogs' when left out.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? DestinationPrefix { get; set; }

    /// <summary>Oldest event to export (any form TimeInput reads). -From, the API's name, is an alias.</summary>
    [Parameter(Mandatory = true)]
    [Alias("From")]
    [TimeArgumentTransformation]
    public DateTime StartTime { get; set; }

    /// <summary>Newest event to export (inclusive); now when left out. -To is an alias.</summary>
    [Parameter]
    [Alias("To")]
    [TimeArgumentTransformation]
    public DateTime? EndTime { get; set; }

    /// <summary>Only streams whose names start with this.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? LogStreamNamePrefix { get; set; }

    /// <summary>A name for the task.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? TaskName { get; set; }

    /// <summary>Waits for the task to end (showing progress) and returns it in its final state.</summary>
    [Parameter]
    public SwitchParameter Wait { get; set; }

    protected override void BeginProcessing()
    {
        if (EndTime is DateTime end && end < StartTime)
            ThrowInvalidArgument($"-EndTime ({end:o}) must be no earlier than -StartTime ({StartTime:o}).", "EndBeforeStart", EndTime);
    }

    protected override void ProcessRecord()
    {
        var request = new CreateExportTaskRequest
        {
            LogGroupName = LogGroupName,
            Destination = Destination,
            DestinationPrefix = DestinationPrefix,
            From = TimeInput.ToEpochMilliseconds(StartTime),
            To = TimeInput.ToEpochMilliseconds(EndTime ?? DateTime.UtcNow),
            LogStreamNamePrefix = LogStreamNamePrefix,
            TaskName = TaskName,
        };
        if (!IsValidRequest(request, LogGroupName) || !ShouldProcess(LogGroupName, $"Export to s3://{Destination}")) return;
        TryForItem(LogGroupName, $"Export of log group '{LogGroupName}'", () =>
        {
            var taskId = Send(CwLogsOperations.CreateExportTask, request).TaskId ?? "";
            var task = Wait ? WaitForEnd(taskId) : Describe(taskId);
            if (task is not null) WriteObject(task);
        });
    }

    private ExportTask? Describe(string taskId)
        => Send(CwLogsOperations.DescribeExportTasks, new DescribeExportTasksRequest { TaskId = taskId }).ExportTasks?.FirstOrDefault()?.ToExportTask();

    private static bool HasEnded(string? code) => code is Codes.Completed or Codes.Cancelled or Codes.Failed;

    /// <summary>Polls until the task ends. Ctrl+C ends the wait at once; the task itself goes on (Stop-CwLogExportTask cancels it).</summary>
    private ExportTask? WaitForEnd(string taskId)
    {
        var progress = new ProgressReporter(this, $"Export task {taskId} ({LogGroupName} to s3://{Destination})");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var pause = FirstPause;
        try
        {
            while (true)
            {
                var task = Describe(taskId);
                if (task is null || HasEnded(task.StatusCode)) return task;
                progress.Update(() => string.Create(CultureInfo.CurrentCulture, $"{task.StatusCode}, {clock.Elapsed.TotalSeconds:0.0} s"));
                // Wakes at once on Ctrl+C: StopProcessing cancels the token.
                if (StopToken.WaitHandle.WaitOne(pause)) throw new PipelineStoppedException();
                pause = TimeSpan.FromTicks(Math.Min(LongestPause.Ticks, pause.Ticks * 3 / 2));
            }
        }
        finally
        {
            progress.Complete();
        }
    }
}
