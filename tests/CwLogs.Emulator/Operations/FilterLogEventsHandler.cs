using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using CwLogs.Emulator.Filtering;
using CwLogs.Emulator.Paging;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;
using CwLogs.Emulator.Validation;

namespace CwLogs.Emulator.Operations;

/// <summary>
/// Searches some or all streams of a group, merging matches by timestamp (then arrival).
/// Pages stop at the limit or at 1 MB; nextToken (the key of the last event returned) is returned
/// only while matches remain. searchedLogStreams is always empty, as AWS returns it since 2020.
/// </summary>
internal sealed class FilterLogEventsHandler : IOperationHandler
{
    private const int DefaultLimit = 10_000;
    private const string TokenKind = "FilterLogEvents";
    private readonly LogStores _stores;

    public FilterLogEventsHandler(LogStores stores) => _stores = stores;

    public string Name => "FilterLogEvents";

    public JsonObject Handle(OperationRequest request)
    {
        RequestBody body = request.Body;
        string groupName = GroupIdentifier.Resolve(body);
        // Names of streams that do not exist are ignored, as they simply hold no events.
        IReadOnlyList<string>? streamNames = body.OptionalStringList("logStreamNames");
        string? prefix = body.OptionalString("logStreamNamePrefix");
        if (streamNames is not null && prefix is not null)
            throw Errors.InvalidParameter("You cannot specify both logStreamNames and logStreamNamePrefix.");
        long? startTime = body.OptionalLong("startTime");
        long? endTime = body.OptionalLong("endTime");
        IMessagePattern pattern = FilterPattern.Parse(body.OptionalString("filterPattern"));
        int limit = body.OptionalInt("limit") ?? DefaultLimit;
        EventKey after = DecodeToken(body.OptionalString("nextToken"));
        _ = body.OptionalBool("interleaved"); // deprecated by AWS; results are always interleaved

        return _stores.For(request).Transact(store =>
        {
            LogGroup group = store.RequireGroup(groupName);
            List<LogStream> searched = group.Streams.Values
                .Where(s => streamNames is null || streamNames.Contains(s.Name))
                .Where(s => prefix is null || s.Name.StartsWith(prefix, System.StringComparison.Ordinal))
                .ToList();
            // Both bounds are inclusive here (unlike GetLogEvents' endTime); a token skips what earlier pages returned.
            List<(string Stream, StoredEvent Event)> matches = searched
                .SelectMany(s => s.Events.Select(e => (Stream: s.Name, Event: e)))
                .Where(m => (startTime is null || m.Event.Timestamp >= startTime) && (endTime is null || m.Event.Timestamp <= endTime))
                .Where(m => m.Event.Key.CompareTo(after) > 0)
                .Where(m => pattern.Matches(m.Event.Message))
                .OrderBy(m => m.Event.Timestamp).ThenBy(m => m.Event.Sequence)
                .ToList();

            EventPage page = EventPage.Forward(matches.Count, 0, limit, i => EventSize.Of(matches[i].Event.Message), EventSize.MaxBatchBytes);
            var events = new JsonArray();
            for (int i = page.Start; i < page.End; i++) events.Add(Shapes.FilteredEvent(matches[i].Stream, matches[i].Event));

            var result = new JsonObject { ["events"] = events, ["searchedLogStreams"] = new JsonArray() };
            if (page.End < matches.Count) result["nextToken"] = EncodeToken(matches[page.End - 1].Event.Key);
            return result;
        });
    }

    private static string EncodeToken(EventKey last) =>
        PositionToken.Encode(TokenKind, last.Timestamp.ToString(CultureInfo.InvariantCulture), last.Sequence.ToString(CultureInfo.InvariantCulture));

    private static EventKey DecodeToken(string? token)
    {
        string[]? position = PositionToken.Decode(token, TokenKind, 2);
        if (position is null) return EventKey.First;
        if (!long.TryParse(position[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out long timestamp)
            || !long.TryParse(position[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out long sequence))
        {
            throw Errors.InvalidNextToken();
        }
        return new EventKey(timestamp, sequence);
    }
}
