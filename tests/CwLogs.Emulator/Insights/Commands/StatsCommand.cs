using System;
using System.Collections.Generic;
using System.Linq;

namespace CwLogs.Emulator.Insights.Commands;

/// <summary>
/// <c>stats f(x) [as name], ... [by a, b]</c>: one row per distinct combination of the <c>by</c> fields (records
/// lacking one are left out), ordered by those values; columns are the <c>by</c> fields, then the functions.
/// Rows made here have no <c>@ptr</c>. No matching records, no rows.
/// </summary>
internal sealed class StatsCommand : IQueryCommand
{
    private readonly IReadOnlyList<Aggregate> _aggregates;
    private readonly IReadOnlyList<string> _by;

    public StatsCommand(IReadOnlyList<Aggregate> aggregates, IReadOnlyList<string> by)
    {
        _aggregates = aggregates;
        _by = by;
    }

    public void Apply(QueryState state)
    {
        state.Matched ??= state.Records.Count;
        var groups = new SortedDictionary<string[], List<QueryRecord>>(KeyOrder.Instance);
        foreach (QueryRecord record in state.Records)
        {
            string?[] key = _by.Select(record.Get).ToArray();
            if (Array.Exists(key, value => value is null)) continue;
            if (!groups.TryGetValue(key!, out List<QueryRecord>? members)) groups.Add(key!, members = new List<QueryRecord>());
            members.Add(record);
        }

        var rows = new List<QueryRecord>();
        foreach ((string[] key, List<QueryRecord> members) in groups)
        {
            var fields = new OrderedDictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i < _by.Count; i++) fields[_by[i]] = key[i];
            foreach (Aggregate aggregate in _aggregates)
                if (aggregate.Compute(members) is string value) fields[aggregate.Name] = value;
            rows.Add(new QueryRecord(fields));
        }
        state.Records = rows;
        state.Projection = _by.Concat(_aggregates.Select(a => a.Name)).ToList();
    }

    private sealed class KeyOrder : IComparer<string[]>
    {
        public static readonly KeyOrder Instance = new();

        public int Compare(string[]? x, string[]? y)
        {
            for (int i = 0; i < x!.Length; i++)
            {
                // Numbers order as numbers, but "1" and "1.0" stay two groups.
                int order = FieldValues.Compare(x[i], y![i]);
                if (order == 0) order = string.CompareOrdinal(x[i], y[i]);
                if (order != 0) return order;
            }
            return 0;
        }
    }
}
