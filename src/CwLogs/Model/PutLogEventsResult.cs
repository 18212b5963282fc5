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

    /// <summary>How many times the batch was sent (the SDK's retries included).</summary>
    public int Attempts { get; init; }

    /// <summary>
    /// True when the batch was sent again after an attempt's answer was lost (a connection cut or a timeout after
    /// the request went out): the service may have stored that attempt too, so the events may be there twice.
    /// </summary>
    public bool PossiblyDuplicated { get; init; }
}
