using CwLogs.Client.Operations;

namespace CwLogs.Model;

/// <summary>
/// Turns PutLogEvents' rejected-event indexes into counts. tooOld and expired end indexes are
/// exclusive (events [0, index) were dropped), tooNew's start index is inclusive.
/// </summary>
internal readonly record struct RejectedCounts(int TooOld, int TooNew, int Expired)
{
    public int Total(int batchCount) => Math.Min(batchCount, Math.Max(TooOld, Expired) + TooNew);

    public static RejectedCounts From(RejectedLogEventsInfo? info, int batchCount)
    {
        if (info is null) return default;
        var tooNew = info.TooNewLogEventStartIndex is int start ? Math.Max(0, batchCount - start) : 0;
        return new RejectedCounts(info.TooOldLogEventEndIndex ?? 0, tooNew, info.ExpiredLogEventEndIndex ?? 0);
    }
}
