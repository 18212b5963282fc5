using CwLogs.Client.Operations;

namespace CwLogs.Model;

/// <summary>
/// Turns PutLogEvents' rejected-event indexes into counts over the time-sorted batch: events
/// [0, tooOldEnd) were too old, [tooOldEnd, expiredEnd) older than the retention period, and
/// [tooNewStart, n) too new. The end indexes are exclusive, the start index inclusive.
/// </summary>
internal readonly record struct RejectedCounts(int TooOld, int TooNew, int Expired)
{
    public int Total(int batchCount) => Math.Min(batchCount, TooOld + Expired + TooNew);

    public static RejectedCounts From(RejectedLogEventsInfo? info, int batchCount)
    {
        if (info is null) return default;
        var tooNew = info.TooNewLogEventStartIndex is int start ? Math.Max(0, batchCount - start) : 0;
        var tooOld = info.TooOldLogEventEndIndex ?? 0;
        var expired = Math.Max(0, (info.ExpiredLogEventEndIndex ?? 0) - tooOld);
        return new RejectedCounts(tooOld, tooNew, expired);
    }
}
