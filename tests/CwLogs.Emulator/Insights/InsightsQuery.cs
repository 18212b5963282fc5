using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using CwLogs.Emulator.Insights.Commands;

namespace CwLogs.Emulator.Insights;

/// <summary>A compiled query: runs its commands in order over the scanned events.</summary>
internal sealed class InsightsQuery
{
    private readonly IReadOnlyList<IQueryCommand> _commands;
    private readonly bool _hasLimit;

    public InsightsQuery(IReadOnlyList<IQueryCommand> commands, bool hasLimit)
    {
        _commands = commands;
        _hasLimit = hasLimit;
    }

    /// <summary>
    /// Records start newest first. <paramref name="requestLimit"/> (StartQuery's limit) caps the rows unless the
    /// query has its own <c>limit</c> command, which wins.
    /// </summary>
    /// <param name="cancellation">Checked for every event and every record a command reads (OperationCanceledException).</param>
    /// <param name="onEvent">A test hook (<see cref="EvaluationProbe"/>), called for every event.</param>
    public QueryOutcome Run(IReadOnlyCollection<ScannedEvent> events, string accountId, int requestLimit,
        CancellationToken cancellation = default, Action? onEvent = null)
    {
        List<QueryRecord> records = events
            .OrderByDescending(e => e.Event.Timestamp).ThenByDescending(e => e.Event.Sequence)
            .Select(e =>
            {
                onEvent?.Invoke();
                cancellation.ThrowIfCancellationRequested();
                return new QueryRecord(e, accountId);
            })
            .ToList();
        var state = new QueryState(records, cancellation);
        foreach (IQueryCommand command in _commands)
        {
            cancellation.ThrowIfCancellationRequested();
            command.Apply(state);
        }

        long matched = state.Matched ?? state.Records.Count;
        IEnumerable<QueryRecord> shown = _hasLimit ? state.Records : state.Records.Take(requestLimit);
        List<IReadOnlyList<ResultField>> rows = shown.Select(r => Row(r, state.Projection)).ToList();
        long bytes = events.Sum(e => (long)Encoding.UTF8.GetByteCount(e.Event.Message));
        return new QueryOutcome(rows, matched, events.Count, bytes);
    }

    /// <summary>The projected fields the record has (all of them without a projection), then @ptr.</summary>
    private static IReadOnlyList<ResultField> Row(QueryRecord record, List<string>? projection)
    {
        var row = new List<ResultField>();
        IEnumerable<string> names = projection ?? record.Names;
        foreach (string name in names)
            if (record.Get(name) is string value) row.Add(new ResultField(name, value));
        if (record.Pointer is string pointer) row.Add(new ResultField("@ptr", pointer));
        return row;
    }
}

internal sealed record ResultField(string Field, string Value);

/// <summary>What a finished query returns: its rows and the statistics GetQueryResults reports.</summary>
internal sealed record QueryOutcome(IReadOnlyList<IReadOnlyList<ResultField>> Rows, long RecordsMatched, long RecordsScanned, long BytesScanned)
{
    public static readonly QueryOutcome Empty = new(Array.Empty<IReadOnlyList<ResultField>>(), 0, 0, 0);
}
