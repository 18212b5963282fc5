using System.Globalization;
using System.Management.Automation;
using CwLogs.Client;
using CwLogs.Infrastructure.Time;
using CwLogs.Model;

namespace CwLogs.Infrastructure.Batching;

/// <summary>
/// Errors about events Write-CwLogEvent could not see stored: each says how many, their time range, whether they may
/// have been stored after all, and carries the events as its TargetObject, so piping that back in sends them again.
/// </summary>
internal static class BatchErrorRecords
{
    /// <summary>
    /// <paramref name="cause"/> (its ErrorId, category and exception), about <paramref name="batch"/> and any
    /// <paramref name="neverSent"/> events held when the failure ended the command.
    /// </summary>
    public static ErrorRecord Failed(ErrorRecord cause, IReadOnlyList<InputLogEvent> batch, bool mayBeStored, string target,
        IReadOnlyList<InputLogEvent>? neverSent = null)
    {
        var events = batch.Concat(neverSent ?? []).ToList();
        var reason = (cause.ErrorDetails?.Message ?? cause.Exception.Message).TrimEnd('.');
        var outcome = mayBeStored
            ? "they may or may not have been stored (an attempt's answer was lost, so the service may have taken them)"
            : "they were not stored";
        var message = $"PutLogEvents failed for {Describe(batch)} to {target}, and {outcome}: {reason}.";
        if (neverSent is { Count: > 0 }) message += $" The command stopped; {Describe(neverSent)} it held were never sent.";
        message += events.Count == 1
            ? " The event is this error's TargetObject: pipe it to Write-CwLogEvent to send it again."
            : $" The {Count(events.Count)} are this error's TargetObject: pipe it to Write-CwLogEvent to send them again.";
        var record = new ErrorRecord(cause.Exception, cause.FullyQualifiedErrorId, cause.CategoryInfo.Category, ToSend(events))
        {
            ErrorDetails = new ErrorDetails(message),
        };
        return record;
    }

    /// <summary>"3 events from 2026-12-01T10:00:00.000Z to 2026-12-01T10:00:02.000Z" (events sorted by time, as batches are).</summary>
    public static string Describe(IReadOnlyList<InputLogEvent> events)
    {
        if (events.Count == 0) return "no events";
        var first = events.Min(e => e.Timestamp);
        var last = events.Max(e => e.Timestamp);
        return first == last ? $"{Count(events.Count)} at {Utc(first)}" : $"{Count(events.Count)} from {Utc(first)} to {Utc(last)}";
    }

    public static LogEventToSend[] ToSend(IEnumerable<InputLogEvent> events)
        => events.Select(e => new LogEventToSend { Timestamp = TimeOutput.FromEpochMilliseconds(e.Timestamp), Message = e.Message }).ToArray();

    private static string Count(int n) => string.Create(CultureInfo.InvariantCulture, $"{n:N0} event{(n == 1 ? "" : "s")}");

    private static string Utc(long ms)
        => DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}
