namespace CwLogs.Model;

/// <summary>
/// A log event from Get-CwLogEvent or Find-CwLogEvent, with the group and stream it came from.
/// EventId is set by Find-CwLogEvent only (GetLogEvents has none). Times are UTC.
/// </summary>
public sealed class LogEvent
{
    public string LogGroupName { get; init; } = "";
    public string LogStreamName { get; init; } = "";
    public DateTime Timestamp { get; init; }
    public string Message { get; init; } = "";
    public DateTime? IngestionTime { get; init; }
    public string? EventId { get; init; }

    public override string ToString() => Message;
}
