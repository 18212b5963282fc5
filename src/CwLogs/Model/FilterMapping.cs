using CwLogs.Client.Operations;
using CwLogs.Infrastructure.Time;

namespace CwLogs.Model;

/// <summary>Metric and subscription filters: from the service's wire shapes to the pipeline types and back.</summary>
internal static class FilterMapping
{
    public static MetricFilter ToMetricFilter(this MetricFilterData data, string? logGroupName) => new()
    {
        LogGroupName = data.LogGroupName ?? logGroupName ?? "",
        FilterName = data.FilterName ?? "",
        FilterPattern = data.FilterPattern ?? "",
        MetricTransformations = (data.MetricTransformations ?? new List<MetricTransformationData>()).Select(ToMetricTransformation).ToArray(),
        CreationTime = TimeOutput.FromEpochMilliseconds(data.CreationTime),
    };

    public static MetricTransformation ToMetricTransformation(this MetricTransformationData data) => new()
    {
        MetricName = data.MetricName ?? "",
        MetricNamespace = data.MetricNamespace ?? "",
        MetricValue = data.MetricValue ?? "",
        DefaultValue = data.DefaultValue,
        Dimensions = data.Dimensions is null ? null : new Dictionary<string, string>(data.Dimensions),
        Unit = data.Unit,
    };

    /// <summary>An empty Dimensions sends nothing.</summary>
    public static MetricTransformationData ToData(this MetricTransformation transformation) => new()
    {
        MetricName = transformation.MetricName,
        MetricNamespace = transformation.MetricNamespace,
        MetricValue = transformation.MetricValue,
        DefaultValue = transformation.DefaultValue,
        Dimensions = transformation.Dimensions is { Count: > 0 } dimensions ? dimensions : null,
        Unit = transformation.Unit,
    };

    /// <param name="eventNumber">The message's position among all the command's input (the service's is per call).</param>
    public static MetricFilterMatch ToMetricFilterMatch(this MetricFilterMatchRecordData data, long eventNumber) => new()
    {
        EventNumber = eventNumber,
        EventMessage = data.EventMessage ?? "",
        ExtractedValues = data.ExtractedValues ?? new Dictionary<string, string>(),
    };

    public static SubscriptionFilter ToSubscriptionFilter(this SubscriptionFilterData data, string logGroupName) => new()
    {
        LogGroupName = data.LogGroupName ?? logGroupName,
        FilterName = data.FilterName ?? "",
        FilterPattern = data.FilterPattern ?? "",
        DestinationArn = data.DestinationArn ?? "",
        RoleArn = data.RoleArn,
        Distribution = Enum.TryParse(data.Distribution, out SubscriptionDistribution distribution) ? distribution : null,
        CreationTime = TimeOutput.FromEpochMilliseconds(data.CreationTime),
    };
}
