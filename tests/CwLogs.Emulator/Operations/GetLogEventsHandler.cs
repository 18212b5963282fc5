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
/// page (or the oldest with startFromHead). At either end the token comes back unchanged.
/// </summary>
internal sealed class GetLogEventsHandler : IOperationHandler
{
    private const int MaxLimit = 10_000;
    private readonly LogStore _store;

    public GetLogEventsHandler(LogStore store) => _store = store;

    public string Name => "GetLogEvents";

    public JsonObject Handle(OperationRequest request)
    {
        RequestBody body = request.Body;
        string groupName = GroupIdentifier.Resolve(body);
        string streamName = Names.Stream(body.RequiredString("logStreamName"));
        long? startTime = body.OptionalLong("startTime");
        long? endTime = body.OptionalLong("endTime");
        int limit = Limits.Range(body.OptionalInt("limit"), 1, MaxLimit, MaxLimit);
        bool startFromHead = body.OptionalBool("startFromHead") ?? false;
        string? nextToken = body.OptionalString("nextToken");
        EventToken? token = nextToken is null ? null : EventToken.Parse(nextToken);

        return _store.Transact(store =>
        {
            LogStream stream = store.RequireGroup(groupName).RequireStream(streamName);
            // startTime is inclusive, endTime exclusive (per the API reference).
            List<StoredEvent> window = stream.Events
                .Where(e => (startTime is null || e.Timestamp >= startTime) && (endTime is null || e.Timestamp < endTime))
                .ToList();

            if (request.EmptyPage) return EmptyPage(window.Count, token, startFromHead);
            EventPage page = SelectPage(window, token, startFromHead, limit);
            var events = new JsonArray();
            for (int i = page.Start; i < page.End; i++) events.Add(Shapes.OutputEvent(window[i]));
            return new JsonObject
            {
                ["events"] = events,
                ["nextForwardToken"] = EventToken.ForwardFrom(page.End),
                ["nextBackwardToken"] = EventToken.BackwardFrom(page.Start),
            };
        });
    }

    /// <summary>No events, and tokens that differ from the one sent (so they are no end signal) but resume at its position.</summary>
    private static JsonObject EmptyPage(int total, EventToken? token, bool startFromHead)
    {
        int position = token?.Position ?? (startFromHead ? 0 : total);
        int hop = (token?.Hop ?? 0) + 1;
        return new JsonObject
        {
            ["events"] = new JsonArray(),
            ["nextForwardToken"] = EventToken.ForwardFrom(position, hop),
            ["nextBackwardToken"] = EventToken.BackwardFrom(position, hop),
        };
    }

    private static EventPage SelectPage(List<StoredEvent> window, EventToken? token, bool startFromHead, int limit)
    {
        int SizeOf(int i) => EventSize.Of(window[i].Message);
        // A token carries its own direction; startFromHead only picks the first page.
        bool forward = token?.Forward ?? startFromHead;
        int position = token?.Position ?? (forward ? 0 : window.Count);
        return forward
            ? EventPage.Forward(window.Count, position, limit, SizeOf, EventSize.MaxBatchBytes)
            : EventPage.Backward(window.Count, position, limit, SizeOf, EventSize.MaxBatchBytes);
    }
}
