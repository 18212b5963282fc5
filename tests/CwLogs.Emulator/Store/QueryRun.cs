using System.Collections.Generic;
using CwLogs.Emulator.Insights;

namespace CwLogs.Emulator.Store;

/// <summary>
/// A Logs Insights query started with StartQuery. Its result is computed when it starts (over the events
/// stored then); its status comes from the clock: Scheduled, Running, then Complete after its duration.
/// </summary>
internal sealed class QueryRun
{
    public QueryRun(string id, string queryString, IReadOnlyList<string> logGroupNames, long createTime, long durationMillis, long sequence, QueryOutcome outcome)
    {
        Id = id;
        QueryString = queryString;
        LogGroupNames = logGroupNames;
        CreateTime = createTime;
        DurationMillis = durationMillis;
        Sequence = sequence;
        Outcome = outcome;
    }

    public string Id { get; }
    public string QueryString { get; }
    public IReadOnlyList<string> LogGroupNames { get; }
    public long CreateTime { get; }
    public long DurationMillis { get; }

    /// <summary>Start order, for newest-first listings and their tokens.</summary>
    public long Sequence { get; }

    public QueryOutcome Outcome { get; }
    public bool Cancelled { get; private set; }

    public string StatusAt(long nowMillis)
    {
        if (Cancelled) return QueryStatus.Cancelled;
        return Progression.At(CreateTime, DurationMillis, nowMillis) switch
        {
            Phase.Waiting => QueryStatus.Scheduled,
            Phase.Running => QueryStatus.Running,
            _ => QueryStatus.Complete,
        };
    }

    public bool IsActiveAt(long nowMillis) => StatusAt(nowMillis) is QueryStatus.Scheduled or QueryStatus.Running;

    public void Cancel() => Cancelled = true;
}

/// <summary>The QueryStatus values the emulator reaches (Failed, Timeout and Unknown never happen here).</summary>
internal static class QueryStatus
{
    public const string Scheduled = "Scheduled";
    public const string Running = "Running";
    public const string Complete = "Complete";
    public const string Cancelled = "Cancelled";
}
