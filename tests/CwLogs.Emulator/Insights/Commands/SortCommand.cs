using System.Collections.Generic;
using System.Linq;

namespace CwLogs.Emulator.Insights.Commands;

/// <summary>
/// <c>sort a desc, b</c>: ascending unless <c>desc</c>; numbers as numbers. Records without the field
/// come last either way; ties keep their previous order.
/// </summary>
internal sealed class SortCommand : IQueryCommand
{
    private readonly IReadOnlyList<(string Field, bool Descending)> _keys;

    public SortCommand(IReadOnlyList<(string Field, bool Descending)> keys) => _keys = keys;

    public void Apply(QueryState state)
    {
        var comparer = Comparer<QueryRecord>.Create(Compare);
        state.Records = state.Records.Order(comparer).ToList(); // Order is stable
    }

    private int Compare(QueryRecord a, QueryRecord b)
    {
        foreach ((string field, bool descending) in _keys)
        {
            string? x = a.Get(field);
            string? y = b.Get(field);
            if (x is null || y is null)
            {
                if (x is null && y is null) continue;
                return x is null ? 1 : -1;
            }
            int order = FieldValues.Compare(x, y);
            if (order != 0) return descending ? -order : order;
        }
        return 0;
    }
}
