using System.Collections.Generic;
using System.Threading;
using CwLogs.Emulator.Insights;

namespace CwLogs.Emulator.Store;

/// <summary>
/// A Logs Insights query started with StartQuery. StartQuery evaluates it outside the store lock over the events
/// stored when it started; its status comes from the clock (Scheduled, Running, then Complete after its duration),
/// but it stays Running until its evaluation has finished. StopQuery and a reset cancel the evaluation.
/// Members are read and changed inside the store's lock, except <see cref="Cancellation"/>.
/// </summary>
internal sealed class QueryRun
{
    private readonly CancellationTokenSource _cancellation = new();

    public QueryRun(string id, string queryString, IReadOnlyList<string> logGroupNames, long createTime, long durationMillis, long sequence)
    {
        Id = id;
        QueryString = queryString;
        LogGroupNames = logGroupNames;
        CreateTime = createTime;
        DurationMillis = durationMillis;
        Sequence = sequence;
    }

    public string Id { get; }
    public string QueryString { get; }
    public IReadOnlyList<string> LogGroupNames { get; }
    public long CreateTime { get; }
    public long DurationMillis { get; }

    /// <summary>Start order, for newest-first listings and their tokens.</summary>
    public long Sequence { get; }

    /// <summary>The result; null while the query is being evaluated (and forever once cancelled during it).</summary>
    public QueryOutcome? Outcome { get; private set; }

    public bool Cancelled { get; private set; }

    /// <summary>Checked by the evaluation loop (on the StartQuery thread, outside the lock).</summary>
    public CancellationToken Cancellation => _cancellation.Token;

    public string StatusAt(long nowMillis)
    {
        if (Cancelled) return QueryStatus.Cancelled;
        return Progression.At(CreateTime, DurationMillis, nowMillis) switch
        {
            Phase.Waiting => QueryStatus.Scheduled,
            Phase.Running => QueryStatus.Running,
            _ => Outcome is null ? QueryStatus.Running : QueryStatus.Complete,
        };
    }

    public bool IsActiveAt(long nowMillis) => StatusAt(nowMillis) is QueryStatus.Scheduled or QueryStatus.Running;

    public void Finish(QueryOutcome outcome) => Outcome = outcome;

    public void Cancel()
    {
        Cancelled = true;
        _cancellation.Cancel();
    }
}

/// <summary>The QueryStatus values the emulator reaches (Failed, Timeout and Unknown never happen here).</summary>
internal static class QueryStatus
{
    public const string Scheduled = "Scheduled";
    public const string Running = "Running";
    public const string Complete = "Complete";
    public const string Cancelled = "Cancelled";
}
