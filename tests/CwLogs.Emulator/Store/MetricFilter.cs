using System.Collections.Generic;

namespace CwLogs.Emulator.Store;

/// <summary>A metric filter of a log group: its pattern and the one metric transformation the API allows.</summary>
internal sealed class MetricFilter
{
    public MetricFilter(string name, string pattern, MetricTransformation transformation, long creationTime)
    {
        Name = name;
        Pattern = pattern;
        Transformation = transformation;
        CreationTime = creationTime;
    }

    public string Name { get; }
    public string Pattern { get; }
    public MetricTransformation Transformation { get; }
    public long CreationTime { get; }
}

/// <summary>How matches become a CloudWatch metric (values kept as sent).</summary>
internal sealed record MetricTransformation(
    string MetricName,
    string MetricNamespace,
    string MetricValue,
    double? DefaultValue,
    IReadOnlyDictionary<string, string>? Dimensions,
    string? Unit);
