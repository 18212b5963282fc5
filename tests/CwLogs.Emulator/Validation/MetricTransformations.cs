using System;
using System.Collections.Generic;
using System.Text.Json;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;

namespace CwLogs.Emulator.Validation;

/// <summary>Reads PutMetricFilter's metricTransformations: exactly one, with the members a metric needs.</summary>
internal static class MetricTransformations
{
    private const string Member = "metricTransformations";

    public static MetricTransformation Read(RequestBody body)
    {
        IReadOnlyList<JsonElement> items = body.OptionalArray(Member) ?? throw Errors.MissingMember(Member);
        if (items.Count != 1)
            throw Errors.Constraint(Member, $"[{items.Count} items]", items.Count == 0
                ? "Member must have length greater than or equal to 1"
                : "Member must have length less than or equal to 1");
        RequestBody item = RequestBody.Structure(items[0], Member);
        string? unit = item.OptionalString("unit");
        if (unit is not null && Array.IndexOf(StandardUnits, unit) < 0)
            throw Errors.NotInEnum(Member + ".1.member.unit", unit, StandardUnits);
        IReadOnlyDictionary<string, string>? dimensions = item.OptionalStringMap("dimensions");
        if (dimensions is { Count: > MaxDimensions })
            throw Errors.InvalidParameter($"A metric filter can have at most {MaxDimensions} dimensions.");
        double? defaultValue = OptionalDouble(items[0], "defaultValue");
        // AWS emits no default for a metric with dimensions: it would not know which dimension values to use.
        if (defaultValue is not null && dimensions is { Count: > 0 })
            throw Errors.InvalidParameter("A metric transformation with dimensions cannot have a defaultValue.");
        return new MetricTransformation(
            item.RequiredString("metricName"),
            item.RequiredString("metricNamespace"),
            item.RequiredString("metricValue"),
            defaultValue,
            dimensions is { Count: > 0 } ? dimensions : null,
            unit);
    }

    private const int MaxDimensions = 3;

    private static readonly string[] StandardUnits =
    {
        "Seconds", "Microseconds", "Milliseconds", "Bytes", "Kilobytes", "Megabytes", "Gigabytes", "Terabytes",
        "Bits", "Kilobits", "Megabits", "Gigabits", "Terabits", "Percent", "Count", "Bytes/Second",
        "Kilobytes/Second", "Megabytes/Second", "Gigabytes/Second", "Terabytes/Second", "Bits/Second",
        "Kilobits/Second", "Megabits/Second", "Gigabits/Second", "Terabits/Second", "Count/Second", "None",
    };

    private static double? OptionalDouble(JsonElement structure, string member)
    {
        if (!structure.TryGetProperty(member, out JsonElement value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind != JsonValueKind.Number) throw Errors.Serialization($"Member '{member}' must be a double.");
        return value.GetDouble();
    }
}
