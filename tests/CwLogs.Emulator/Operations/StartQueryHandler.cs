using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using CwLogs.Emulator.Insights;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;
using CwLogs.Emulator.Validation;

namespace CwLogs.Emulator.Operations;

/// <summary>
/// Compiles the query (MalformedQueryException), checks the groups exist and the concurrency limit, then runs
/// it at once over the events stored now, outside the store lock (the query is listed Running meanwhile) and
/// answers when it is done; the result is revealed as the query's status reaches Complete.
/// startTime/endTime are epoch seconds and both whole seconds are included.
/// </summary>
internal sealed class StartQueryHandler : IOperationHandler
{
    private const int DefaultLimit = 1_000;
    private readonly LogStores _stores;
    private readonly EmulatorFaults _settings;
    private readonly EvaluationProbe _probe;

    public StartQueryHandler(LogStores stores, EmulatorFaults settings, EvaluationProbe probe)
    {
        _stores = stores;
        _settings = settings;
        _probe = probe;
    }

    public string Name => "StartQuery";

    public JsonObject Handle(OperationRequest request)
    {
        RequestBody body = request.Body;
        IReadOnlyList<string> groupNames = QueryLogGroups.Resolve(body);
        long startTime = body.RequiredLong("startTime");
        long endTime = body.RequiredLong("endTime");
        if (endTime < startTime) throw Errors.InvalidParameter("endTime must be greater than or equal to startTime.");
        string queryString = body.RequiredString("queryString");
        int limit = body.OptionalInt("limit") ?? DefaultLimit;
        InsightsQuery query = QueryParser.Parse(queryString);
        int concurrencyLimit = _settings.QueryConcurrencyLimit;
        long duration = (long)_settings.QueryDuration.TotalMilliseconds;

        // Under the lock: checks, the snapshot of the events (references only) and the query's entry.
        LogStore data = _stores.For(request); // the same store throughout, even if a reset replaces it meanwhile
        (QueryRun run, List<ScannedEvent> events) = data.Transact(store =>
        {
            List<LogGroup> groups = groupNames.Select(store.RequireGroup).ToList();
            if (store.Queries.Values.Count(q => q.IsActiveAt(request.NowMillis)) >= concurrencyLimit)
                throw Errors.LimitExceeded($"Account maximum query concurrency limit of [{concurrencyLimit}] reached.");

            long fromMillis = startTime * 1000;
            long toMillis = endTime * 1000 + 999;
            List<ScannedEvent> snapshot = groups.SelectMany(g => EventScan.InWindow(g, fromMillis, toMillis)).ToList();
            var started = new QueryRun(Guid.NewGuid().ToString(), queryString, groupNames, request.NowMillis, duration, store.NextJobSequence());
            store.Queries.Add(started.Id, started);
            return (started, snapshot);
        });

        // Outside it: the evaluation, so a slow query holds up no other call; StopQuery and a reset cancel it.
        try
        {
            QueryOutcome outcome = query.Run(events, request.AccountId, limit, run.Cancellation, _probe.EachEvent);
            data.Transact(_ => { run.Finish(outcome); return true; });
        }
        catch (OperationCanceledException) when (run.Cancellation.IsCancellationRequested)
        {
            // Cancelled while evaluated: the query stays Cancelled (or is gone after a reset).
        }
        catch (Exception) when (!run.Cancellation.IsCancellationRequested)
        {
            // An evaluation that fails (an emulator bug, reported as such) must not stay listed Running forever.
            data.Transact(store => store.Queries.Remove(run.Id));
            throw;
        }
        return new JsonObject { ["queryId"] = run.Id };
    }
}
