using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using CwLogs.Emulator.Paging;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;
using CwLogs.Emulator.Validation;

namespace CwLogs.Emulator.Operations;

/// <summary>
/// Reads one stream page by page in either direction. Without a token it starts at the newest
/// page (or the oldest with startFromHead). Tokens name the event a page ended at, so events
/// that arrive between calls never repeat or shift a page. At either end the token comes back unchanged.
/// </summary>
internal sealed class GetLogEventsHandler : IOperationHandler
{
    private const int DefaultLimit = 10_000;
    private readonly LogStores _stores;

    public GetLogEventsHandler(LogStores stores) => _stores = stores;

    public string Name => "GetLogEvents";

    public JsonObject Handle(OperationRequest request)
    {
        RequestBody body = request.Body;
        string groupName = GroupIdentifier.Resolve(body);
        string streamName = body.RequiredString("logStreamName");
        long? startTime = body.OptionalLong("startTime");
        long? endTime = body.OptionalLong("endTime");
        int limit = body.OptionalInt("limit") ?? DefaultLimit;
        bool startFromHead = body.OptionalBool("startFromHead") ?? false;
        string? nextToken = body.OptionalString("nextToken");
        // A token carries its own direction; startFromHead only picks the first page.
        EventToken token = nextToken is null
            ? new EventToken(startFromHead, startFromHead ? EventKey.First : EventKey.Last)
            : EventToken.Parse(nextToken);

        return _stores.For(request).Transact(store =>
        {
            LogStream stream = store.RequireGroup(groupName).RequireStream(streamName);
            // startTime is inclusive, endTime exclusive (per the API reference).
            List<StoredEvent> window = stream.Events
                .Where(e => (startTime is null || e.Timestamp >= startTime) && (endTime is null || e.Timestamp < endTime))
                .ToList();

            if (request.EmptyPage) return Page(new JsonArray(), token.Position, token.Position, token.Hop + 1);
            EventPage page = SelectPage(window, token, limit);
            var events = new JsonArray();
            for (int i = page.Start; i < page.End; i++) events.Add(Shapes.OutputEvent(window[i]));
            // An empty page keeps the position it was asked for, in both tokens.
            EventKey after = page.Count > 0 ? window[page.End - 1].Key : token.Position;
            EventKey before = page.Count > 0 ? window[page.Start].Key.JustBefore() : token.Position;
            return Page(events, after, before, hop: 0);
        });
    }

    /// <summary>A hop marks an injected empty page: same positions, new tokens (see EmulatorFaults.EmptyPageNext).</summary>
    private static JsonObject Page(JsonArray events, EventKey after, EventKey before, int hop) => new()
    {
        ["events"] = events,
        ["nextForwardToken"] = EventToken.ForwardFrom(after, hop),
        ["nextBackwardToken"] = EventToken.BackwardFrom(before, hop),
    };

    private static EventPage SelectPage(List<StoredEvent> window, EventToken token, int limit)
    {
        int SizeOf(int i) => EventSize.Of(window[i].Message);
        // Forward reads the events after the key, backward those at or before it: both start at this boundary.
        int boundary = token.Position.CountAtOrBefore(window, e => e.Key);
        return token.Forward
            ? EventPage.Forward(window.Count, boundary, limit, SizeOf, EventSize.MaxBatchBytes)
            : EventPage.Backward(window.Count, boundary, limit, SizeOf, EventSize.MaxBatchBytes);
    }
}
