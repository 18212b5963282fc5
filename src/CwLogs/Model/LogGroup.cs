namespace CwLogs.Model;

/// <summary>A log group, as Get-CwLogGroup emits it. Times are in the local offset (see TimeOutput).</summary>
public sealed class LogGroup
{
    public string LogGroupName { get; init; } = "";
    public DateTimeOffset? CreationTime { get; init; }
    public int? RetentionInDays { get; init; }
    public int? MetricFilterCount { get; init; }
    public long? StoredBytes { get; init; }
    public string? KmsKeyId { get; init; }
    public string? LogGroupClass { get; init; }
    public string? DataProtectionStatus { get; init; }
    public string? Arn { get; init; }
    public string? LogGroupArn { get; init; }

    public override string ToString() => LogGroupName;
}
