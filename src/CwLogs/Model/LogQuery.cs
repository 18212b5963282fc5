namespace CwLogs.Model;

/// <summary>
/// A Logs Insights query: as started by Start-CwLogQuery (with its groups and time window) or as listed by
/// Get-CwLogQuery (DescribeQueries, which names the first group only). QueryId binds Get-CwLogQueryResult and
/// Stop-CwLogQuery by property name.
/// </summary>
public sealed class LogQuery
{
    public string QueryId { get; init; } = "";
    public string? QueryString { get; init; }
    public string? Status { get; init; }
    public string[] LogGroupNames { get; init; } = Array.Empty<string>();
    public string[] LogGroupIdentifiers { get; init; } = Array.Empty<string>();
    public DateTimeOffset? StartTime { get; init; }
    public DateTimeOffset? EndTime { get; init; }
    public DateTimeOffset? CreateTime { get; init; }
    public int? Limit { get; init; }

    public override string ToString() => QueryId;
}
