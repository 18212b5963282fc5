using System.Collections.Generic;
using System.Text.Json.Nodes;
using CwLogs.Client.Operations;

namespace CwLogs.Emulator.Validation;

/// <summary>
/// Splits a chronological PutLogEvents batch into accepted and rejected events the way AWS does:
/// older than 14 days = too old, older than the group's retention = expired, more than 2 hours
/// ahead = too new (both bounds from model/service-facts.json). Because the batch is sorted, the
/// rejects are a prefix and a suffix, reported as indexes: [0, tooOldLogEventEndIndex) too old,
/// [tooOldLogEventEndIndex, expiredLogEventEndIndex) expired (both end indexes exclusive),
/// [tooNewLogEventStartIndex, n) too new (start inclusive).
/// </summary>
internal sealed class EventTimeWindow
{
    public const long MaxAgeMillis = ServiceFacts.MaxEventAgeDays * DayMillis;
    public const long MaxFutureMillis = ServiceFacts.MaxEventFutureHours * 60L * 60 * 1000;
    private const long DayMillis = System.TimeSpan.TicksPerDay / System.TimeSpan.TicksPerMillisecond;

    private EventTimeWindow(List<int> accepted, int? tooOldEnd, int? expiredEnd, int? tooNewStart)
    {
        Accepted = accepted;
        TooOldEndIndex = tooOldEnd;
        ExpiredEndIndex = expiredEnd;
        TooNewStartIndex = tooNewStart;
    }

    /// <summary>Indexes (into the request's logEvents) of the events to store.</summary>
    public IReadOnlyList<int> Accepted { get; }
    public int? TooOldEndIndex { get; }
    public int? ExpiredEndIndex { get; }
    public int? TooNewStartIndex { get; }
    public bool AnyRejected => TooOldEndIndex is not null || ExpiredEndIndex is not null || TooNewStartIndex is not null;

    public static EventTimeWindow Classify(IReadOnlyList<long> timestamps, long now, int? retentionInDays)
    {
        long oldest = now - MaxAgeMillis;
        long retained = retentionInDays is int days ? now - days * DayMillis : long.MinValue;
        long newest = now + MaxFutureMillis;
        var accepted = new List<int>(timestamps.Count);
        int? tooOldEnd = null, expiredEnd = null, tooNewStart = null;
        for (int i = 0; i < timestamps.Count; i++)
        {
            long t = timestamps[i];
            if (t < oldest) tooOldEnd = i + 1;
            else if (t < retained) expiredEnd = i + 1;
            else if (t > newest) tooNewStart ??= i;
            else accepted.Add(i);
        }
        return new EventTimeWindow(accepted, tooOldEnd, expiredEnd, tooNewStart);
    }

    public JsonObject ToJson()
    {
        var json = new JsonObject();
        if (TooNewStartIndex is int tooNew) json["tooNewLogEventStartIndex"] = tooNew;
        if (TooOldEndIndex is int tooOld) json["tooOldLogEventEndIndex"] = tooOld;
        if (ExpiredEndIndex is int expired) json["expiredLogEventEndIndex"] = expired;
        return json;
    }
}
