namespace CwLogs.Model;

/// <summary>How Get-CwLogStream orders streams; sent as the service spells it, whatever case was typed.</summary>
public enum LogStreamOrder
{
    LogStreamName,
    LastEventTime,
}
