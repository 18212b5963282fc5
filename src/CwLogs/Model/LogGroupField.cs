namespace CwLogs.Model;

/// <summary>A field found in a log group's events (GetLogGroupFields) and the share of events that have it.</summary>
public sealed class LogGroupField
{
    public string LogGroupName { get; init; } = "";
    public string Name { get; init; } = "";
    public int? Percent { get; init; }

    public override string ToString() => Name;
}
