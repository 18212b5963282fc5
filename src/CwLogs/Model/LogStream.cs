namespace CwLogs.Model;

/// <summary>
/// A log stream. Carries LogGroupName (the API leaves it out) so that
/// Get-CwLogStream | Get-CwLogEvent binds both names by property. Times are in the local offset (see TimeOutput).
/// </summary>
public sealed class LogStream
{
    public string LogGroupName { get; init; } = "";
    public string LogStreamName { get; init; } = "";
    public DateTimeOffset? CreationTime { get; init; }
    public DateTimeOffset? FirstEventTimestamp { get; init; }
    public DateTimeOffset? LastEventTimestamp { get; init; }
    public DateTimeOffset? LastIngestionTime { get; init; }
    public long? StoredBytes { get; init; }
    public string? UploadSequenceToken { get; init; }
    public string? Arn { get; init; }

    public override string ToString() => LogStreamName;
}
