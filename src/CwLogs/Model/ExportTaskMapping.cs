using CwLogs.Client.Operations;
using CwLogs.Infrastructure.Time;

namespace CwLogs.Model;

/// <summary>From the export task wire shape to the pipeline type.</summary>
internal static class ExportTaskMapping
{
    public static ExportTask ToExportTask(this ExportTaskData data) => new()
    {
        TaskId = data.TaskId ?? "",
        TaskName = data.TaskName,
        LogGroupName = data.LogGroupName,
        From = TimeOutput.FromEpochMilliseconds(data.From),
        To = TimeOutput.FromEpochMilliseconds(data.To),
        Destination = data.Destination,
        DestinationPrefix = data.DestinationPrefix,
        StatusCode = data.Status?.Code,
        StatusMessage = data.Status?.Message,
        CreationTime = TimeOutput.FromEpochMilliseconds(data.ExecutionInfo?.CreationTime),
        CompletionTime = TimeOutput.FromEpochMilliseconds(data.ExecutionInfo?.CompletionTime),
    };
}
