using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using CwLogs.Emulator.Paging;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;
using CwLogs.Emulator.Validation;

namespace CwLogs.Emulator.Operations;

/// <summary>
/// Lists a group's streams by name or by last event time, optionally descending.
/// nextToken is the sort key of the last stream returned, so the next page continues right after it.
/// </summary>
internal sealed class DescribeLogStreamsHandler : IOperationHandler
{
    private const int DefaultLimit = 50;
    private const string ByName = "LogStreamName";
    private const string ByLastEventTime = "LastEventTime";
    private readonly LogStores _stores;

    public DescribeLogStreamsHandler(LogStores stores) => _stores = stores;

    public string Name => "DescribeLogStreams";

    public JsonObject Handle(OperationRequest request)
    {
        RequestBody body = request.Body;
        string groupName = GroupIdentifier.Resolve(body);
        string? prefix = body.OptionalString("logStreamNamePrefix");
        string orderBy = body.OptionalString("orderBy") ?? ByName;
        // AWS refuses this combination: a prefix only makes sense over the name index.
        if (prefix is not null && orderBy == ByLastEventTime)
            throw Errors.InvalidParameter("Cannot order by LastEventTime with a logStreamNamePrefix.");
        bool descending = body.OptionalBool("descending") ?? false;
        int limit = body.OptionalInt("limit") ?? DefaultLimit;
        var order = new StreamOrder(orderBy == ByLastEventTime, descending);
        StreamOrder.Key? after = order.DecodeToken(body.OptionalString("nextToken"));

        return _stores.For(request).Transact(store =>
        {
            LogGroup group = store.RequireGroup(groupName);
            List<LogStream> remaining = group.Streams.Values
                .Where(s => prefix is null || s.Name.StartsWith(prefix, StringComparison.Ordinal))
                .Where(s => after is null || order.Compare(order.KeyOf(s), after.Value) > 0)
                .OrderBy(order.KeyOf, order)
                .Take(limit + 1)
                .ToList();

            var streams = new JsonArray();
            foreach (LogStream stream in remaining.Take(limit)) streams.Add(Shapes.LogStream(group, stream, request));

            var result = new JsonObject { ["logStreams"] = streams };
            if (remaining.Count > limit) result["nextToken"] = order.EncodeToken(order.KeyOf(remaining[limit - 1]));
            return result;
        });
    }

    /// <summary>
    /// The listing order: by name, or by last event time with the name breaking ties (streams without
    /// events sort as oldest); descending reverses it. Tokens carry the order they were made for.
    /// </summary>
    private sealed class StreamOrder(bool byTime, bool descending) : IComparer<StreamOrder.Key>
    {
        private string TokenKind => "DescribeLogStreams/" + (byTime ? ByLastEventTime : ByName) + (descending ? "/descending" : "/ascending");

        public Key KeyOf(LogStream stream) => new(byTime ? stream.LastEventTimestamp ?? long.MinValue : 0, stream.Name);

        public int Compare(Key x, Key y)
        {
            int result = x.Time != y.Time ? x.Time.CompareTo(y.Time) : string.CompareOrdinal(x.Name, y.Name);
            return descending ? -result : result;
        }

        public string EncodeToken(Key last) =>
            PositionToken.Encode(TokenKind, last.Time.ToString(CultureInfo.InvariantCulture), last.Name);

        public Key? DecodeToken(string? token)
        {
            string[]? position = PositionToken.Decode(token, TokenKind, 2);
            if (position is null) return null;
            return long.TryParse(position[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out long time)
                ? new Key(time, position[1])
                : throw Errors.InvalidNextToken();
        }

        public readonly record struct Key(long Time, string Name);
    }
}
