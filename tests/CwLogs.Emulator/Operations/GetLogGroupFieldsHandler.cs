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
/// The fields of a group's events with the percentage of events that have each (rounded), most frequent first,
/// then by name. <c>time</c> (epoch seconds) centres a window of 8 minutes either side; without it, the last 15 minutes.
/// No events in the window, no fields.
/// </summary>
internal sealed class GetLogGroupFieldsHandler : IOperationHandler
{
    private const long HalfWindowMillis = 8 * 60 * 1000;
    private const long DefaultWindowMillis = 15 * 60 * 1000;
    private readonly LogStores _stores;

    public GetLogGroupFieldsHandler(LogStores stores) => _stores = stores;

    public string Name => "GetLogGroupFields";

    public JsonObject Handle(OperationRequest request)
    {
        string groupName = GroupIdentifier.Resolve(request.Body);
        long? time = request.Body.OptionalLong("time");
        (long from, long to) = time is long seconds
            ? (seconds * 1000 - HalfWindowMillis, seconds * 1000 + HalfWindowMillis)
            : (request.NowMillis - DefaultWindowMillis, request.NowMillis);

        return _stores.For(request).Transact(store =>
        {
            LogGroup group = store.RequireGroup(groupName);
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            int total = 0;
            foreach (ScannedEvent scanned in EventScan.InWindow(group, from, to))
            {
                total++;
                foreach (string field in EventFields.Of(scanned, request.AccountId, resultTimes: false).Keys)
                    counts[field] = counts.GetValueOrDefault(field) + 1;
            }

            var fields = new JsonArray();
            foreach ((string name, int count) in counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal))
                fields.Add(new JsonObject { ["name"] = name, ["percent"] = (int)Math.Round(count * 100.0 / total) });
            return new JsonObject { ["logGroupFields"] = fields };
        });
    }
}
