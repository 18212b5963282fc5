using System;

namespace CwLogs.Emulator.Paging;

/// <summary>
/// Where an event sits in (timestamp, arrival) order. Tokens name a key instead of a list index,
/// so events that arrive between two pages (even older ones) never shift a page or repeat events.
/// Sequences start at 1, so (t, s - 1) is the position just before the event (t, s).
/// </summary>
internal readonly record struct EventKey(long Timestamp, long Sequence) : IComparable<EventKey>
{
    /// <summary>Before every event.</summary>
    public static readonly EventKey First = new(0, 0);

    /// <summary>After every event (timestamps this large are refused by PutLogEvents).</summary>
    public static readonly EventKey Last = new(MaxTimestamp, long.MaxValue);

    public const long MaxTimestamp = 9_999_999_999_999_999;

    public EventKey JustBefore() => this with { Sequence = Sequence - 1 };

    public int CompareTo(EventKey other) =>
        Timestamp != other.Timestamp ? Timestamp.CompareTo(other.Timestamp) : Sequence.CompareTo(other.Sequence);

    /// <summary>How many of <paramref name="ordered"/> (sorted by key) are at or before this key.</summary>
    public int CountAtOrBefore<T>(System.Collections.Generic.IReadOnlyList<T> ordered, Func<T, EventKey> keyOf)
    {
        int low = 0, high = ordered.Count;
        while (low < high)
        {
            int middle = (low + high) / 2;
            if (keyOf(ordered[middle]).CompareTo(this) <= 0) low = middle + 1;
            else high = middle;
        }
        return low;
    }
}
