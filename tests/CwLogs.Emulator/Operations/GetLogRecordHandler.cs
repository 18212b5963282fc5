using System.Linq;
using System.Text.Json.Nodes;
using CwLogs.Emulator.Insights;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;

namespace CwLogs.Emulator.Operations;

/// <summary>
/// The whole event behind a query result's <c>@ptr</c>: every field as a string, times in epoch milliseconds.
/// A pointer the emulator did not make is InvalidParameterException; one whose event is gone, ResourceNotFoundException.
/// </summary>
internal sealed class GetLogRecordHandler : IOperationHandler
{
    private readonly LogStores _stores;

    public GetLogRecordHandler(LogStores stores) => _stores = stores;

    public string Name => "GetLogRecord";

    public JsonObject Handle(OperationRequest request)
    {
        (string groupName, string streamName, long sequence) = LogRecordPointer.Read(request.Body.RequiredString("logRecordPointer"));
        _ = request.Body.OptionalBool("unmask"); // no data protection policies here: nothing is ever masked

        return _stores.For(request).Transact(store =>
        {
            LogStream stream = store.RequireGroup(groupName).RequireStream(streamName);
            StoredEvent e = stream.Events.FirstOrDefault(x => x.Sequence == sequence)
                ?? throw Errors.LogRecordNotFound();
            var record = new JsonObject();
            foreach ((string field, string value) in EventFields.Of(new ScannedEvent(groupName, streamName, e), request.AccountId, resultTimes: false))
                record[field] = value;
            return new JsonObject { ["logRecord"] = record };
        });
    }
}
