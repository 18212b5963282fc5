namespace CwLogs.Model;

/// <summary>A log group, as Get-CwLogGroup emits it. Times are in the local offset (see TimeOutput).</summary>
public sealed class LogGroup
{
    public string LogGroupName { get; init; } = "";
    public DateTimeOffset? CreationTime { get; init; }

    /// <summary>Days the group keeps events; null when it has no retention policy or when that is unknown (see NeverExpires).</summary>
    public int? RetentionInDays { get; init; }

    /// <summary>
    /// True when the group has no retention policy, false when it has one, null when the answer it came from did
    /// not say (a -LogGroupNamePattern search, a -PassThru object made without reading the group back).
    /// </summary>
    public bool? NeverExpires { get; init; }

    public int? MetricFilterCount { get; init; }
    public long? StoredBytes { get; init; }
    public string? KmsKeyId { get; init; }
    public string? LogGroupClass { get; init; }
    public string? DataProtectionStatus { get; init; }
    public string? Arn { get; init; }
    public string? LogGroupArn { get; init; }

    public override string ToString() => LogGroupName;
}
