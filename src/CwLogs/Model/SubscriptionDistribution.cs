namespace CwLogs.Model;

/// <summary>How a subscription spreads events over the shards of a Kinesis destination (the service's spelling).</summary>
public enum SubscriptionDistribution
{
    ByLogStream,
    Random,
}
