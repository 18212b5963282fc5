namespace CwLogs.Model;

/// <summary>
/// A log stream. Carries LogGroupName (the API leaves it out) so that
/// Get-CwLogStream | Get-CwLogEvent binds both names by property. Times are UTC.
/// </summary>
public sealed class LogStream
{
    public string LogGroupName { get; init; } = "";
    public string LogStreamName { get; init; } = "";
    public DateTime? CreationTime { get; init; }
    public DateTime? FirstEventTimestamp { get; init; }
    public DateTime? LastEventTimestamp { get; init; }
    public DateTime? LastIngestionTime { get; init; }
    public long? StoredBytes { get; init; }
    public string? UploadSequenceToken { get; init; }
    public string? Arn { get; init; }

    public override string ToString() => LogStreamName;
}
