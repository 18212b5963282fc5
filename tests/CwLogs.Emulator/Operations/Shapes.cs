using System.Text.Json.Nodes;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;
using CwLogs.Emulator.Validation;

namespace CwLogs.Emulator.Operations;

/// <summary>Output shapes shared by several operations. Optional members are omitted when unset, as AWS does.</summary>
internal static class Shapes
{
    public static JsonObject LogGroup(LogGroup group, OperationRequest request)
    {
        var json = new JsonObject
        {
            ["logGroupName"] = group.Name,
            ["creationTime"] = group.CreationTime,
        };
        if (group.RetentionInDays is int days) json["retentionInDays"] = days;
        json["metricFilterCount"] = group.MetricFilterCount;
        json["arn"] = Arns.LogGroupWildcard(request.Region, request.AccountId, group.Name);
        json["storedBytes"] = group.StoredBytes;
        if (group.KmsKeyId is not null) json["kmsKeyId"] = group.KmsKeyId;
        json["logGroupClass"] = group.LogGroupClass;
        json["logGroupArn"] = Arns.LogGroup(request.Region, request.AccountId, group.Name);
        json["deletionProtectionEnabled"] = group.DeletionProtectionEnabled;
        return json;
    }

    /// <summary>What DescribeLogGroups returns for each group when logGroupNamePattern is sent: these three members only.</summary>
    public static JsonObject LogGroupSummary(LogGroup group, OperationRequest request) => new()
    {
        ["logGroupName"] = group.Name,
        ["creationTime"] = group.CreationTime,
        ["arn"] = Arns.LogGroupWildcard(request.Region, request.AccountId, group.Name),
    };

    public static JsonObject LogStream(LogGroup group, LogStream stream, OperationRequest request)
    {
        var json = new JsonObject
        {
            ["logStreamName"] = stream.Name,
            ["creationTime"] = stream.CreationTime,
        };
        // The event times only exist once the stream has received events.
        if (stream.FirstEventTimestamp is long first) json["firstEventTimestamp"] = first;
        if (stream.LastEventTimestamp is long last) json["lastEventTimestamp"] = last;
        if (stream.LastIngestionTime is long ingested) json["lastIngestionTime"] = ingested;
        json["uploadSequenceToken"] = stream.UploadSequenceToken;
        json["arn"] = Arns.LogStream(request.Region, request.AccountId, group.Name, stream.Name);
        json["storedBytes"] = 0; // deprecated by AWS; always 0 there too
        return json;
    }

    /// <summary>An OutputLogEvent (GetLogEvents).</summary>
    public static JsonObject OutputEvent(StoredEvent e) => new()
    {
        ["timestamp"] = e.Timestamp,
        ["message"] = e.Message,
        ["ingestionTime"] = e.IngestionTime,
    };

    /// <summary>A FilteredLogEvent (FilterLogEvents).</summary>
    public static JsonObject FilteredEvent(string streamName, StoredEvent e) => new()
    {
        ["logStreamName"] = streamName,
        ["timestamp"] = e.Timestamp,
        ["message"] = e.Message,
        ["ingestionTime"] = e.IngestionTime,
        ["eventId"] = e.EventId,
    };
}
