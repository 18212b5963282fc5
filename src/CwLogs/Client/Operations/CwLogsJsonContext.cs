using System.Text.Json.Serialization;

namespace CwLogs.Client.Operations;

/// <summary>
/// Source-generated JSON for every wire type: camelCase names, nulls left out, as the service expects.
/// A new operation adds its request and response here.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(EmptyResponse))]
[JsonSerializable(typeof(CreateLogGroupRequest))]
[JsonSerializable(typeof(DeleteLogGroupRequest))]
[JsonSerializable(typeof(DescribeLogGroupsRequest))]
[JsonSerializable(typeof(DescribeLogGroupsResponse))]
[JsonSerializable(typeof(PutRetentionPolicyRequest))]
[JsonSerializable(typeof(DeleteRetentionPolicyRequest))]
[JsonSerializable(typeof(CreateLogStreamRequest))]
[JsonSerializable(typeof(DeleteLogStreamRequest))]
[JsonSerializable(typeof(DescribeLogStreamsRequest))]
[JsonSerializable(typeof(DescribeLogStreamsResponse))]
[JsonSerializable(typeof(PutLogEventsRequest))]
[JsonSerializable(typeof(PutLogEventsResponse))]
[JsonSerializable(typeof(GetLogEventsRequest))]
[JsonSerializable(typeof(GetLogEventsResponse))]
[JsonSerializable(typeof(FilterLogEventsRequest))]
[JsonSerializable(typeof(FilterLogEventsResponse))]
internal sealed partial class CwLogsJsonContext : JsonSerializerContext
{
}
