namespace CwLogs.Model;

/// <summary>What one PutLogEvents batch did (Write-CwLogEvent -PassThru).</summary>
public sealed class PutLogEventsResult
{
    public string LogGroupName { get; init; } = "";
    public string LogStreamName { get; init; } = "";
    public int EventCount { get; init; }
    public int AcceptedCount { get; init; }
    public int TooNewCount { get; init; }
    public int TooOldCount { get; init; }
    public int ExpiredCount { get; init; }
    public long Bytes { get; init; }
    public DateTimeOffset FirstTimestamp { get; init; }
    public DateTimeOffset LastTimestamp { get; init; }
    public string? NextSequenceToken { get; init; }
}
