using System.Collections.Generic;

namespace CwLogs.Client.Operations;

// Wire shapes of the log group operations (API 2014-03-28). Times are epoch milliseconds.

public sealed class CreateLogGroupRequest
{
    public string? LogGroupName { get; set; }
    public string? KmsKeyId { get; set; }
    public Dictionary<string, string>? Tags { get; set; }
    public string? LogGroupClass { get; set; }
}

public sealed class DeleteLogGroupRequest
{
    public string? LogGroupName { get; set; }
}

public sealed class DescribeLogGroupsRequest : IPagedRequest
{
    public string? LogGroupNamePrefix { get; set; }
    public string? LogGroupNamePattern { get; set; }
    public string? LogGroupClass { get; set; }
    public int? Limit { get; set; }
    public string? NextToken { get; set; }
}

public sealed class DescribeLogGroupsResponse
{
    public List<LogGroupData>? LogGroups { get; set; }
    public string? NextToken { get; set; }
}

public sealed class LogGroupData
{
    public string? LogGroupName { get; set; }
    public long? CreationTime { get; set; }
    public int? RetentionInDays { get; set; }
    public int? MetricFilterCount { get; set; }
    public string? Arn { get; set; }
    public string? LogGroupArn { get; set; }
    public long? StoredBytes { get; set; }
    public string? KmsKeyId { get; set; }
    public string? DataProtectionStatus { get; set; }
    public string? LogGroupClass { get; set; }
}

public sealed class PutRetentionPolicyRequest
{
    public string? LogGroupName { get; set; }
    public int RetentionInDays { get; set; }
}

public sealed class DeleteRetentionPolicyRequest
{
    public string? LogGroupName { get; set; }
}
