using System;
using System.Collections.Generic;

namespace CwLogs.Emulator.Store;

/// <summary>
/// All emulator data, in memory. One lock guards everything: handlers run their whole
/// read-check-write inside <see cref="Transact{T}"/>, so each call is atomic like an AWS API call.
/// One namespace is shared by all regions (clients signing for different regions see the same groups).
/// </summary>
internal sealed class LogStore
{
    private readonly object _gate = new();
    private readonly SortedDictionary<string, LogGroup> _groups = new(StringComparer.Ordinal);
    private long _lastEventSequence;
    private long _lastJobSequence;

    public T Transact<T>(Func<LogStore, T> work)
    {
        lock (_gate) return work(this);
    }

    public void Clear()
    {
        lock (_gate)
        {
            _groups.Clear();
            foreach (QueryRun query in Queries.Values) query.Cancel(); // stops evaluations still running
            Queries.Clear();
            QueryDefinitions.Clear();
            ExportTasks.Clear();
            Destinations.Clear();
            ResourcePolicies.Clear();
        }
    }

    // Members below are only used inside Transact (the lock is held).
    public IEnumerable<LogGroup> Groups => _groups.Values;

    public bool TryGetGroup(string name, out LogGroup group)
    {
        bool found = _groups.TryGetValue(name, out LogGroup? existing);
        group = existing!;
        return found;
    }

    public LogGroup RequireGroup(string name) =>
        _groups.TryGetValue(name, out LogGroup? group) ? group : throw Protocol.Errors.GroupNotFound();

    public void AddGroup(LogGroup group) => _groups.Add(group.Name, group);

    public bool RemoveGroup(string name) => _groups.Remove(name);

    public long NextEventSequence() => ++_lastEventSequence;

    /// <summary>Insights queries by queryId.</summary>
    public Dictionary<string, QueryRun> Queries { get; } = new(StringComparer.Ordinal);

    /// <summary>Saved queries by queryDefinitionId.</summary>
    public Dictionary<string, QueryDefinition> QueryDefinitions { get; } = new(StringComparer.Ordinal);

    /// <summary>Export tasks by taskId.</summary>
    public Dictionary<string, ExportTask> ExportTasks { get; } = new(StringComparer.Ordinal);

    /// <summary>Subscription destinations by name, in name order (DescribeDestinations lists them so).</summary>
    public SortedDictionary<string, Destination> Destinations { get; } = new(StringComparer.Ordinal);

    /// <summary>Resource policies by name, in name order.</summary>
    public SortedDictionary<string, ResourcePolicy> ResourcePolicies { get; } = new(StringComparer.Ordinal);

    /// <summary>Creation order of queries and export tasks (listings are newest first).</summary>
    public long NextJobSequence() => ++_lastJobSequence;
}
