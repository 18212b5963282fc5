using System;
using System.Collections.Generic;
using CwLogs.Emulator.Paging;
using CwLogs.Emulator.Validation;

namespace CwLogs.Emulator.Canned;

/// <summary>
/// Which events of a canned dataset one page holds: from an index onwards, the events that match, up to the
/// limit and the 1 MB cap (the faithful emulator's <see cref="EventPage"/> rule). <see cref="Next"/> is the index
/// of the first matching event after the page, or the dataset's total when none is left.
/// </summary>
internal sealed record PagePlan(IReadOnlyList<int> Indexes, int Next)
{
    public static PagePlan Forward(int total, int from, int limit, Func<int, bool>? matches, int maxBytes = EventSize.MaxBatchBytes)
    {
        var candidates = new List<int>(Math.Min(limit, Math.Max(0, total - from)));
        int index = Math.Clamp(from, 0, total);
        for (; index < total && candidates.Count < limit; index++)
        {
            if (matches is null || matches(index)) candidates.Add(index);
        }
        EventPage page = EventPage.Forward(candidates.Count, 0, limit, k => CannedEvents.SizeOf(candidates[k]), maxBytes);
        if (page.End < candidates.Count) return new PagePlan(candidates.GetRange(0, page.End), candidates[page.End]);

        // The candidates all fit: the next page starts at the next match, which may lie far ahead for a rare term.
        while (index < total && matches is not null && !matches(index)) index++;
        return new PagePlan(candidates, index);
    }
}
