using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
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
    private const int MaxEvents = 10_000;
    private const long MaxSpanMillis = 24L * 60 * 60 * 1000;
    private readonly LogStore _store;

    public PutLogEventsHandler(LogStore store) => _store = store;

    public string Name => "PutLogEvents";

    public JsonObject Handle(OperationRequest request)
    {
        RequestBody body = request.Body;
        string groupName = Names.Group(body.RequiredString("logGroupName"));
        string streamName = Names.Stream(body.RequiredString("logStreamName"));
        _ = body.OptionalString("sequenceToken"); // type-checked, otherwise ignored as AWS does since 2023
        List<InputEvent> events = ReadEvents(body);
        CheckBatchSize(events);
        CheckChronological(events);

        return _store.Transact(store =>
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
        IReadOnlyList<JsonElement> items = body.OptionalArray("logEvents") ?? throw Errors.MissingMember("logEvents");
        if (items.Count < 1)
            throw Errors.Constraint("logEvents", "[]", "Member must have length greater than or equal to 1");
        if (items.Count > MaxEvents)
            throw Errors.Constraint("logEvents", $"[{items.Count} events]", $"Member must have length less than or equal to {MaxEvents}");

        var events = new List<InputEvent>(items.Count);
        for (int i = 0; i < items.Count; i++)
        {
            // AWS numbers list members from 1 in validation messages.
            string member = "logEvents." + (i + 1).ToString(CultureInfo.InvariantCulture) + ".member";
            RequestBody item = RequestBody.Structure(items[i], member);
            long timestamp = item.OptionalLong("timestamp") ?? throw Errors.MissingMember(member + ".timestamp");
            string message = item.OptionalString("message") ?? throw Errors.MissingMember(member + ".message");
            if (message.Length < 1)
                throw Errors.Constraint(member + ".message", message, "Member must have length greater than or equal to 1");
            events.Add(new InputEvent(timestamp, message));
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
