using System.Collections.Generic;

namespace CwLogs.Client.Operations;

// Wire shapes of the log event operations (API 2014-03-28). Times are epoch milliseconds.

public sealed class PutLogEventsRequest
{
    public string? LogGroupName { get; set; }
    public string? LogStreamName { get; set; }
    public IReadOnlyList<InputLogEvent>? LogEvents { get; set; }
    public string? SequenceToken { get; set; }
}

public sealed class PutLogEventsResponse
{
    public string? NextSequenceToken { get; set; }
    public RejectedLogEventsInfo? RejectedLogEventsInfo { get; set; }
}

public sealed class RejectedLogEventsInfo
{
    public int? TooNewLogEventStartIndex { get; set; }
    public int? TooOldLogEventEndIndex { get; set; }
    public int? ExpiredLogEventEndIndex { get; set; }
}

public sealed class GetLogEventsRequest : IPagedRequest
{
    public string? LogGroupName { get; set; }
    public string? LogGroupIdentifier { get; set; }
    public string? LogStreamName { get; set; }
    public long? StartTime { get; set; }
    public long? EndTime { get; set; }
    public string? NextToken { get; set; }
    public int? Limit { get; set; }
    public bool? StartFromHead { get; set; }
}

public sealed class GetLogEventsResponse
{
    public List<OutputLogEventData>? Events { get; set; }
    public string? NextForwardToken { get; set; }
    public string? NextBackwardToken { get; set; }
}

public sealed class OutputLogEventData
{
    public long? Timestamp { get; set; }
    public string? Message { get; set; }
    public long? IngestionTime { get; set; }
}

public sealed class FilterLogEventsRequest : IPagedRequest
{
    public string? LogGroupName { get; set; }
    public string? LogGroupIdentifier { get; set; }
    public List<string>? LogStreamNames { get; set; }
    public string? LogStreamNamePrefix { get; set; }
    public long? StartTime { get; set; }
    public long? EndTime { get; set; }
    public string? FilterPattern { get; set; }
    public string? NextToken { get; set; }
    public int? Limit { get; set; }
}

public sealed class FilterLogEventsResponse
{
    public List<FilteredLogEventData>? Events { get; set; }
    public string? NextToken { get; set; }
}

public sealed class FilteredLogEventData
{
    public string? LogStreamName { get; set; }
    public long? Timestamp { get; set; }
    public string? Message { get; set; }
    public long? IngestionTime { get; set; }
    public string? EventId { get; set; }
}
