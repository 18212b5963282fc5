using System.Management.Automation;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure.Time;

namespace CwLogs.Model;

/// <summary>From the Insights wire shapes to the pipeline types.</summary>
internal static class QueryMapping
{
    public static LogQuery ToLogQuery(this QueryInfoData data) => new()
    {
        QueryId = data.QueryId ?? "",
        QueryString = data.QueryString,
        Status = data.Status,
        CreateTime = TimeOutput.FromEpochMilliseconds(data.CreateTime),
        LogGroupNames = data.LogGroupName is { } name ? new[] { name } : Array.Empty<string>(),
    };

    public static LogQueryResult ToLogQueryResult(this GetQueryResultsResponse response, string queryId) => new()
    {
        QueryId = queryId,
        Status = response.Status,
        Statistics = response.Statistics?.ToStatistics(),
        Rows = (response.Results ?? new List<List<ResultFieldData>>()).Select(ToRow).ToArray(),
    };

    public static LogQueryStatistics ToStatistics(this QueryStatistics data) => new()
    {
        RecordsScanned = data.RecordsScanned ?? 0,
        RecordsMatched = data.RecordsMatched ?? 0,
        BytesScanned = data.BytesScanned ?? 0,
    };

    public static PSObject ToRow(List<ResultFieldData> fields)
        => QueryValues.ToObject(fields.Select(f => new KeyValuePair<string, string?>(f.Field ?? "", f.Value)), QueryValues.RowTypeName);

    public static PSObject ToLogRecord(this GetLogRecordResponse response)
        => QueryValues.ToObject((response.LogRecord ?? new Dictionary<string, string>()).Select(p => new KeyValuePair<string, string?>(p.Key, p.Value)), QueryValues.RecordTypeName);

    public static QueryDefinition ToQueryDefinition(this QueryDefinitionData data) => new()
    {
        QueryDefinitionId = data.QueryDefinitionId ?? "",
        Name = data.Name ?? "",
        QueryString = data.QueryString,
        LogGroupNames = data.LogGroupNames?.ToArray() ?? Array.Empty<string>(),
        LastModified = TimeOutput.FromEpochMilliseconds(data.LastModified),
    };

    public static LogGroupField ToLogGroupField(this LogGroupFieldData data, string logGroupName) => new()
    {
        LogGroupName = logGroupName,
        Name = data.Name ?? "",
        Percent = data.Percent,
    };
}
