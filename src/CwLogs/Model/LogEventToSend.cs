namespace CwLogs.Model;

/// <summary>
/// An event Write-CwLogEvent held or sent and could not see stored: the TargetObject of a failed batch's error.
/// Piped back into Write-CwLogEvent it binds its Message and Timestamp, so the events can be sent again.
/// </summary>
public sealed class LogEventToSend
{
    public DateTimeOffset Timestamp { get; init; }
    public string Message { get; init; } = "";

    public override string ToString() => Message;
}
