using System;
using System.Collections.Generic;

namespace CwLogs.Emulator.Store;

/// <summary>A log group: its settings and its streams (ordinal name order, as AWS lists them).</summary>
internal sealed class LogGroup
{
    public LogGroup(string name, long creationTime, string logGroupClass)
    {
        Name = name;
        CreationTime = creationTime;
        LogGroupClass = logGroupClass;
    }

    public string Name { get; }
    public long CreationTime { get; }
    public string LogGroupClass { get; }
    public int? RetentionInDays { get; set; }
    public string? KmsKeyId { get; set; }

    /// <summary>While true, DeleteLogGroup is refused (CreateLogGroup / PutLogGroupDeletionProtection set it).</summary>
    public bool DeletionProtectionEnabled { get; set; }
    public Dictionary<string, string> Tags { get; } = new(StringComparer.Ordinal);
    public SortedDictionary<string, LogStream> Streams { get; } = new(StringComparer.Ordinal);

    /// <summary>Metric filters by name (ordinal order, as DescribeMetricFilters lists them).</summary>
    public SortedDictionary<string, MetricFilter> MetricFilters { get; } = new(StringComparer.Ordinal);

    /// <summary>Subscription filters by name; at most two per group.</summary>
    public SortedDictionary<string, SubscriptionFilter> SubscriptionFilters { get; } = new(StringComparer.Ordinal);

    public int MetricFilterCount => MetricFilters.Count;

    public long StoredBytes
    {
        get
        {
            long total = 0;
            foreach (LogStream stream in Streams.Values) total += stream.StoredBytes;
            return total;
        }
    }

    public LogStream RequireStream(string name) =>
        Streams.TryGetValue(name, out LogStream? stream) ? stream : throw Protocol.Errors.StreamNotFound();
}
