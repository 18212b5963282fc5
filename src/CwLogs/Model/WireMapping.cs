using CwLogs.Client.Operations;
using CwLogs.Infrastructure.Time;

namespace CwLogs.Model;

/// <summary>From the service's wire shapes to the pipeline types: epoch milliseconds become local DateTimeOffset values.</summary>
internal static class WireMapping
{
    /// <param name="describesRetention">
    /// Whether the response would have carried a retention period: DescribeLogGroups leaves it out when the group
    /// has none, and always for a logGroupNamePattern search, where its absence says nothing.
    /// </param>
    public static LogGroup ToLogGroup(this LogGroupData data, bool describesRetention) => new()
    {
        LogGroupName = data.LogGroupName ?? "",
        CreationTime = Time(data.CreationTime),
        RetentionInDays = data.RetentionInDays,
        NeverExpires = data.RetentionInDays is not null ? false : describesRetention ? true : null,
        MetricFilterCount = data.MetricFilterCount,
        StoredBytes = data.StoredBytes,
        KmsKeyId = data.KmsKeyId,
        LogGroupClass = data.LogGroupClass,
        DataProtectionStatus = data.DataProtectionStatus,
        Arn = data.Arn,
        LogGroupArn = data.LogGroupArn,
    };

    public static LogStream ToLogStream(this LogStreamData data, string logGroupName) => new()
    {
        LogGroupName = logGroupName,
        LogStreamName = data.LogStreamName ?? "",
        CreationTime = Time(data.CreationTime),
        FirstEventTimestamp = Time(data.FirstEventTimestamp),
        LastEventTimestamp = Time(data.LastEventTimestamp),
        LastIngestionTime = Time(data.LastIngestionTime),
        StoredBytes = data.StoredBytes,
        UploadSequenceToken = data.UploadSequenceToken,
        Arn = data.Arn,
    };

    public static LogEvent ToLogEvent(this OutputLogEventData data, string logGroupName, string logStreamName) => new()
    {
        LogGroupName = logGroupName,
        LogStreamName = logStreamName,
        Timestamp = TimeOutput.FromEpochMilliseconds(data.Timestamp ?? 0),
        Message = data.Message ?? "",
        IngestionTime = Time(data.IngestionTime),
    };

    public static LogEvent ToLogEvent(this FilteredLogEventData data, string logGroupName) => new()
    {
        LogGroupName = logGroupName,
        LogStreamName = data.LogStreamName ?? "",
        Timestamp = TimeOutput.FromEpochMilliseconds(data.Timestamp ?? 0),
        Message = data.Message ?? "",
        IngestionTime = Time(data.IngestionTime),
        EventId = data.EventId,
    };

    private static DateTimeOffset? Time(long? epochMilliseconds) => TimeOutput.FromEpochMilliseconds(epochMilliseconds);
}
