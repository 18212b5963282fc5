namespace CwLogs.Model;

/// <summary>
/// A metric filter of a log group. Carries LogGroupName and FilterName so that
/// Get-CwLogMetricFilter | Remove-CwLogMetricFilter binds both by property, and MetricTransformations so
/// that it can be piped to Set-CwLogMetricFilter (e.g. to copy it to another group).
/// </summary>
public sealed class MetricFilter
{
    public string LogGroupName { get; init; } = "";
    public string FilterName { get; init; } = "";
    public string FilterPattern { get; init; } = "";
    public MetricTransformation[] MetricTransformations { get; init; } = System.Array.Empty<MetricTransformation>();
    public DateTimeOffset? CreationTime { get; init; }

    public override string ToString() => FilterName;
}
