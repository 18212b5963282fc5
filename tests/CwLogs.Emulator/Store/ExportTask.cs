namespace CwLogs.Emulator.Store;

/// <summary>
/// An export of a group's events to S3 (CreateExportTask). Nothing is written anywhere: the task only moves
/// PENDING, RUNNING, COMPLETED over its duration (read from the clock), or stops at CANCELLED.
/// </summary>
internal sealed class ExportTask
{
    public ExportTask(string id, string? name, string logGroupName, long from, long to, string destination, string destinationPrefix,
        long creationTime, long durationMillis, long sequence)
    {
        Id = id;
        Name = name;
        LogGroupName = logGroupName;
        From = from;
        To = to;
        Destination = destination;
        DestinationPrefix = destinationPrefix;
        CreationTime = creationTime;
        DurationMillis = durationMillis;
        Sequence = sequence;
    }

    public string Id { get; }
    public string? Name { get; }
    public string LogGroupName { get; }
    public long From { get; }
    public long To { get; }
    public string Destination { get; }
    public string DestinationPrefix { get; }
    public long CreationTime { get; }
    public long DurationMillis { get; }

    /// <summary>Creation order, for newest-first listings and their tokens.</summary>
    public long Sequence { get; }

    public long? CancelledAt { get; private set; }

    public string CodeAt(long nowMillis)
    {
        if (CancelledAt is not null) return ExportTaskStatus.Cancelled;
        return Progression.At(CreationTime, DurationMillis, nowMillis) switch
        {
            Phase.Waiting => ExportTaskStatus.Pending,
            Phase.Running => ExportTaskStatus.Running,
            _ => ExportTaskStatus.Completed,
        };
    }

    public bool IsActiveAt(long nowMillis) => CodeAt(nowMillis) is ExportTaskStatus.Pending or ExportTaskStatus.Running;

    /// <summary>When it finished (completed or was cancelled); null while active.</summary>
    public long? CompletionTimeAt(long nowMillis) => CodeAt(nowMillis) switch
    {
        ExportTaskStatus.Cancelled => CancelledAt,
        ExportTaskStatus.Completed => CreationTime + DurationMillis,
        _ => null,
    };

    public void Cancel(long nowMillis) => CancelledAt = nowMillis;
}

/// <summary>ExportTaskStatusCode values and the status messages the emulator shows with them.</summary>
internal static class ExportTaskStatus
{
    public const string Pending = "PENDING";
    public const string Running = "RUNNING";
    public const string Completed = "COMPLETED";
    public const string Cancelled = "CANCELLED";

    public static string Message(string code) => code switch
    {
        Pending => "Pending",
        Running => "Started successfully",
        Completed => "Completed successfully",
        Cancelled => "Cancelled by user",
        _ => code,
    };
}
