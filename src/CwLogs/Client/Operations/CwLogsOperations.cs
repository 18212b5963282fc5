namespace CwLogs.Client.Operations;

/// <summary>The operations CwLogs calls. Adding one costs a line here plus its wire types.</summary>
public static class CwLogsOperations
{
    private static CwLogsJsonContext Json => CwLogsJsonContext.Default;

    public static readonly CwLogsOperation<CreateLogGroupRequest, EmptyResponse> CreateLogGroup = new("CreateLogGroup", Json.CreateLogGroupRequest, Json.EmptyResponse);
    public static readonly CwLogsOperation<DeleteLogGroupRequest, EmptyResponse> DeleteLogGroup = new("DeleteLogGroup", Json.DeleteLogGroupRequest, Json.EmptyResponse);
    public static readonly CwLogsOperation<DescribeLogGroupsRequest, DescribeLogGroupsResponse> DescribeLogGroups = new("DescribeLogGroups", Json.DescribeLogGroupsRequest, Json.DescribeLogGroupsResponse);
    public static readonly CwLogsOperation<PutRetentionPolicyRequest, EmptyResponse> PutRetentionPolicy = new("PutRetentionPolicy", Json.PutRetentionPolicyRequest, Json.EmptyResponse);
    public static readonly CwLogsOperation<DeleteRetentionPolicyRequest, EmptyResponse> DeleteRetentionPolicy = new("DeleteRetentionPolicy", Json.DeleteRetentionPolicyRequest, Json.EmptyResponse);
    public static readonly CwLogsOperation<CreateLogStreamRequest, EmptyResponse> CreateLogStream = new("CreateLogStream", Json.CreateLogStreamRequest, Json.EmptyResponse);
    public static readonly CwLogsOperation<DeleteLogStreamRequest, EmptyResponse> DeleteLogStream = new("DeleteLogStream", Json.DeleteLogStreamRequest, Json.EmptyResponse);
    public static readonly CwLogsOperation<DescribeLogStreamsRequest, DescribeLogStreamsResponse> DescribeLogStreams = new("DescribeLogStreams", Json.DescribeLogStreamsRequest, Json.DescribeLogStreamsResponse);
    public static readonly CwLogsOperation<PutLogEventsRequest, PutLogEventsResponse> PutLogEvents = new("PutLogEvents", Json.PutLogEventsRequest, Json.PutLogEventsResponse);
    public static readonly CwLogsOperation<GetLogEventsRequest, GetLogEventsResponse> GetLogEvents = new("GetLogEvents", Json.GetLogEventsRequest, Json.GetLogEventsResponse);
    public static readonly CwLogsOperation<FilterLogEventsRequest, FilterLogEventsResponse> FilterLogEvents = new("FilterLogEvents", Json.FilterLogEventsRequest, Json.FilterLogEventsResponse);
}
