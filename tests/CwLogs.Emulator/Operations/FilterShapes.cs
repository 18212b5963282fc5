using System.Linq;
using System.Text.Json.Nodes;
using CwLogs.Emulator.Store;

namespace CwLogs.Emulator.Operations;

/// <summary>The output shapes of metric and subscription filters; optional members are omitted when unset, as AWS does.</summary>
internal static class FilterShapes
{
    public static JsonObject MetricFilter(LogGroup group, MetricFilter filter)
    {
        MetricTransformation t = filter.Transformation;
        var transformation = new JsonObject
        {
            ["metricName"] = t.MetricName,
            ["metricNamespace"] = t.MetricNamespace,
            ["metricValue"] = t.MetricValue,
        };
        if (t.DefaultValue is double defaultValue) transformation["defaultValue"] = defaultValue;
        if (t.Dimensions is not null)
            transformation["dimensions"] = new JsonObject(t.Dimensions.Select(d => new System.Collections.Generic.KeyValuePair<string, JsonNode?>(d.Key, d.Value)));
        if (t.Unit is not null) transformation["unit"] = t.Unit;
        return new JsonObject
        {
            ["filterName"] = filter.Name,
            ["filterPattern"] = filter.Pattern,
            ["metricTransformations"] = new JsonArray(transformation),
            ["creationTime"] = filter.CreationTime,
            ["logGroupName"] = group.Name,
        };
    }

    public static JsonObject SubscriptionFilter(LogGroup group, SubscriptionFilter filter)
    {
        var json = new JsonObject
        {
            ["filterName"] = filter.Name,
            ["logGroupName"] = group.Name,
            ["filterPattern"] = filter.Pattern,
            ["destinationArn"] = filter.DestinationArn,
        };
        if (filter.RoleArn is not null) json["roleArn"] = filter.RoleArn;
        json["distribution"] = filter.Distribution;
        json["creationTime"] = filter.CreationTime;
        return json;
    }
}
