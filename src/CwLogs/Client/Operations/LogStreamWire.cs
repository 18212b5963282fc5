using System.Collections.Generic;

namespace CwLogs.Client.Operations;

// Wire shapes of the log stream operations (API 2014-03-28). Times are epoch milliseconds.

public sealed class CreateLogStreamRequest
{
    public string? LogGroupName { get; set; }
    public string? LogStreamName { get; set; }
}

public sealed class DeleteLogStreamRequest
{
    public string? LogGroupName { get; set; }
    public string? LogStreamName { get; set; }
}

public sealed class DescribeLogStreamsRequest : IPagedRequest
{
    public string? LogGroupName { get; set; }
    public string? LogGroupIdentifier { get; set; }
    public string? LogStreamNamePrefix { get; set; }
    public string? OrderBy { get; set; }
    public bool? Descending { get; set; }
    public int? Limit { get; set; }
    public string? NextToken { get; set; }
}

public sealed class DescribeLogStreamsResponse
{
    public List<LogStreamData>? LogStreams { get; set; }
    public string? NextToken { get; set; }
}

public sealed class LogStreamData
{
    public string? LogStreamName { get; set; }
    public long? CreationTime { get; set; }
    public long? FirstEventTimestamp { get; set; }
    public long? LastEventTimestamp { get; set; }
    public long? LastIngestionTime { get; set; }
    public string? UploadSequenceToken { get; set; }
    public string? Arn { get; set; }
    public long? StoredBytes { get; set; }
}
