namespace CwLogs.Model;

/// <summary>
/// A subscription filter: matching events of a log group are delivered to a destination (Kinesis, Firehose,
/// Lambda or a CloudWatch Logs destination). Carries LogGroupName and FilterName for Remove-CwLogSubscriptionFilter.
/// </summary>
public sealed class SubscriptionFilter
{
    public string LogGroupName { get; init; } = "";
    public string FilterName { get; init; } = "";
    public string FilterPattern { get; init; } = "";
    public string DestinationArn { get; init; } = "";
    public string? RoleArn { get; init; }
    public SubscriptionDistribution? Distribution { get; init; }
    public DateTimeOffset? CreationTime { get; init; }

    public override string ToString() => FilterName;
}
