namespace CwLogs.Model;

/// <summary>
/// A log event from Get-CwLogEvent or Find-CwLogEvent, with the group and stream it came from.
/// EventId is set by Find-CwLogEvent only (GetLogEvents has none). Times are in the local offset (see TimeOutput).
/// </summary>
public sealed class LogEvent
{
    public string LogGroupName { get; init; } = "";
    public string LogStreamName { get; init; } = "";
    public DateTimeOffset Timestamp { get; init; }
    public string Message { get; init; } = "";
    public DateTimeOffset? IngestionTime { get; init; }
    public string? EventId { get; init; }

    public override string ToString() => Message;
}
