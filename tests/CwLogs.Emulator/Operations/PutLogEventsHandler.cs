using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using CwLogs.Client.Operations;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;
using CwLogs.Emulator.Validation;

namespace CwLogs.Emulator.Operations;

/// <summary>
/// Stores a batch of events. Whole-batch problems (count, size, order, 24 h span) fail the call;
/// events outside the accepted time window are dropped and reported in rejectedLogEventsInfo.
/// </summary>
internal sealed class PutLogEventsHandler : IOperationHandler
{
    private const long MaxSpanMillis = ServiceFacts.MaxBatchSpanHours * 60L * 60 * 1000;
    private readonly LogStores _stores;

    public PutLogEventsHandler(LogStores stores) => _stores = stores;

    public string Name => "PutLogEvents";

    public JsonObject Handle(OperationRequest request)
    {
        RequestBody body = request.Body;
        string groupName = body.RequiredString("logGroupName");
        string streamName = body.RequiredString("logStreamName");
        _ = body.OptionalString("sequenceToken"); // type-checked, otherwise ignored as AWS does since 2023
        List<InputEvent> events = ReadEvents(body);
        CheckBatchSize(events);
        CheckChronological(events);

        return _stores.For(request).Transact(store =>
        {
            LogGroup group = store.RequireGroup(groupName);
            LogStream stream = group.RequireStream(streamName);
            var window = EventTimeWindow.Classify(events.Select(e => e.Timestamp).ToList(), request.NowMillis, group.RetentionInDays);
            List<InputEvent> accepted = window.Accepted.Select(i => events[i]).ToList();
            // Only the events that would be stored count towards the 24 hour span.
            if (accepted.Count > 0 && accepted[^1].Timestamp - accepted[0].Timestamp > MaxSpanMillis)
                throw Errors.InvalidParameter("The batch of log events in a single PutLogEvents request cannot span more than 24 hours.");

            var stored = accepted
                .Select(e => new StoredEvent(e.Timestamp, e.Message, request.NowMillis, store.NextEventSequence()))
                .ToList();
            stream.Append(stored, request.NowMillis);

            var result = new JsonObject { ["nextSequenceToken"] = stream.UploadSequenceToken };
            if (window.AnyRejected) result["rejectedLogEventsInfo"] = window.ToJson();
            return result;
        });
    }

    private static List<InputEvent> ReadEvents(RequestBody body)
    {
        // The model has checked the list and each event (count, required members, message length).
        IReadOnlyList<JsonElement> items = body.OptionalArray("logEvents") ?? throw Errors.MissingMember("logEvents");
        var events = new List<InputEvent>(items.Count);
        foreach (JsonElement element in items)
        {
            RequestBody item = RequestBody.Structure(element, "logEvents.member");
            events.Add(new InputEvent(item.RequiredLong("timestamp"), item.RequiredString("message")));
        }
        return events;
    }

    private static void CheckBatchSize(List<InputEvent> events)
    {
        long size = 0;
        foreach (InputEvent e in events) size += EventSize.Of(e.Message);
        if (size > EventSize.MaxBatchBytes)
            throw Errors.InvalidParameter($"Upload too large: {size} bytes exceeds limit of {EventSize.MaxBatchBytes}");
    }

    private static void CheckChronological(List<InputEvent> events)
    {
        for (int i = 1; i < events.Count; i++)
        {
            if (events[i].Timestamp < events[i - 1].Timestamp)
                throw Errors.InvalidParameter("Log events in a single PutLogEvents request must be in chronological order.");
        }
    }

    private sealed record InputEvent(long Timestamp, string Message);
}
