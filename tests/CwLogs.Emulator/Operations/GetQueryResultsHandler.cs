using System.Collections.Generic;
using System.Text.Json.Nodes;
using CwLogs.Emulator.Insights;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;

namespace CwLogs.Emulator.Operations;

/// <summary>
/// A query's status and results. The service returns partial results while Running; the emulator shows the
/// first half of the rows then (none while Scheduled or once Cancelled), and every row once Complete.
/// Statistics are the final ones from Running on, zero before.
/// </summary>
internal sealed class GetQueryResultsHandler : IOperationHandler
{
    private readonly LogStores _stores;

    public GetQueryResultsHandler(LogStores stores) => _stores = stores;

    public string Name => "GetQueryResults";

    public JsonObject Handle(OperationRequest request)
    {
        string queryId = QueryIds.Required(request.Body);
        return _stores.For(request).Transact(store =>
        {
            QueryRun query = QueryIds.Find(store, queryId);
            string status = query.StatusAt(request.NowMillis);
            QueryOutcome outcome = query.Outcome ?? QueryOutcome.Empty; // still being evaluated
            int shown = status switch
            {
                QueryStatus.Complete => outcome.Rows.Count,
                QueryStatus.Running => outcome.Rows.Count / 2,
                _ => 0,
            };
            bool hasStatistics = status is QueryStatus.Complete or QueryStatus.Running;

            var results = new JsonArray();
            for (int i = 0; i < shown; i++) results.Add(Row(outcome.Rows[i]));
            return new JsonObject
            {
                ["results"] = results,
                ["statistics"] = new JsonObject
                {
                    ["recordsMatched"] = hasStatistics ? (double)outcome.RecordsMatched : 0.0,
                    ["recordsScanned"] = hasStatistics ? (double)outcome.RecordsScanned : 0.0,
                    ["bytesScanned"] = hasStatistics ? (double)outcome.BytesScanned : 0.0,
                },
                ["status"] = status,
            };
        });
    }

    private static JsonArray Row(IReadOnlyList<ResultField> fields)
    {
        var row = new JsonArray();
        foreach (ResultField field in fields) row.Add(new JsonObject { ["field"] = field.Field, ["value"] = field.Value });
        return row;
    }
}
