using System.Management.Automation;

namespace CwLogs.Model;

/// <summary>
/// What GetQueryResults says about a query: its status, statistics and the rows so far (all of them once
/// Complete). Each row is a CwLogs.Model.QueryResultRow object with one property per field (see QueryRows).
/// </summary>
public sealed class LogQueryResult
{
    public string QueryId { get; init; } = "";
    public string? Status { get; init; }
    public LogQueryStatistics? Statistics { get; init; }
    public PSObject[] Rows { get; init; } = Array.Empty<PSObject>();

    public override string ToString() => QueryId;
}
