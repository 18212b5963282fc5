namespace CwLogs.Model;

/// <summary>
/// An export of a log group's events to an S3 bucket (CreateExportTask / DescribeExportTasks). TaskId binds
/// Get-CwLogExportTask and Stop-CwLogExportTask by property name.
/// </summary>
public sealed class ExportTask
{
    public string TaskId { get; init; } = "";
    public string? TaskName { get; init; }
    public string? LogGroupName { get; init; }
    public DateTimeOffset? From { get; init; }
    public DateTimeOffset? To { get; init; }
    public string? Destination { get; init; }
    public string? DestinationPrefix { get; init; }
    public string? StatusCode { get; init; }
    public string? StatusMessage { get; init; }
    public DateTimeOffset? CreationTime { get; init; }
    public DateTimeOffset? CompletionTime { get; init; }

    public override string ToString() => TaskId;
}
