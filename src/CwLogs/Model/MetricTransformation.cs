namespace CwLogs.Model;

/// <summary>
/// How a metric filter turns matching events into a CloudWatch metric. Settable, so that users can build
/// one for -MetricTransformation: [CwLogs.Model.MetricTransformation]@{ MetricName = 'Errors'; ... }.
/// </summary>
public sealed class MetricTransformation
{
    public string MetricName { get; set; } = "";
    public string MetricNamespace { get; set; } = "";

    /// <summary>What to publish per match: a number, or a field the pattern extracts ($status, $.latency).</summary>
    public string MetricValue { get; set; } = "1";

    /// <summary>Published when an event does not match; cannot be combined with Dimensions.</summary>
    public double? DefaultValue { get; set; }

    /// <summary>Up to 3 dimension names, each mapped to an extracted field ($user, $.region).</summary>
    public Dictionary<string, string>? Dimensions { get; set; }

    /// <summary>One of the CloudWatch standard units, e.g. Count, Milliseconds, Bytes/Second.</summary>
    public string? Unit { get; set; }

    public override string ToString() => $"{MetricNamespace}/{MetricName}";
}
