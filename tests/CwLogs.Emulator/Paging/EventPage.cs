using System;

namespace CwLogs.Emulator.Paging;

/// <summary>
/// Picks a page [Start, End) out of an ordered event list, stopping at the event-count limit
/// or when the next event would push the page past 1 MB (UTF-8 message bytes + 26 per event),
/// the response cap AWS applies to GetLogEvents and FilterLogEvents.
/// </summary>
internal readonly record struct EventPage(int Start, int End)
{
    public int Count => End - Start;

    /// <summary>Events from <paramref name="from"/> onwards. A page always holds at least one event when any remain.</summary>
    public static EventPage Forward(int total, int from, int limit, Func<int, int> sizeOf, int maxBytes)
    {
        int start = Math.Clamp(from, 0, total);
        int end = start;
        long bytes = 0;
        while (end < total && end - start < limit)
        {
            bytes += sizeOf(end);
            if (bytes > maxBytes && end > start) break;
            end++;
        }
        return new EventPage(start, end);
    }

    /// <summary>The events just before <paramref name="before"/> (the newest page when it is the total).</summary>
    public static EventPage Backward(int total, int before, int limit, Func<int, int> sizeOf, int maxBytes)
    {
        int end = Math.Clamp(before, 0, total);
        int start = end;
        long bytes = 0;
        while (start > 0 && end - start < limit)
        {
            bytes += sizeOf(start - 1);
            if (bytes > maxBytes && start < end) break;
            start--;
        }
        return new EventPage(start, end);
    }
}
