using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using CwLogs.Emulator.Paging;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;
using CwLogs.Emulator.Validation;

namespace CwLogs.Emulator.Operations;

/// <summary>Lists a group's streams by name or by last event time, optionally descending.</summary>
internal sealed class DescribeLogStreamsHandler : IOperationHandler
{
    private const int MaxLimit = 50;
    private const string ByName = "LogStreamName";
    private const string ByLastEventTime = "LastEventTime";
    private readonly LogStore _store;

    public DescribeLogStreamsHandler(LogStore store) => _store = store;

    public string Name => "DescribeLogStreams";

    public JsonObject Handle(OperationRequest request)
    {
        RequestBody body = request.Body;
        string groupName = GroupIdentifier.Resolve(body);
        string? prefix = body.OptionalString("logStreamNamePrefix");
        if (prefix is not null) Names.Stream(prefix, "logStreamNamePrefix");
        string orderBy = body.OptionalString("orderBy") ?? ByName;
        if (orderBy is not ByName and not ByLastEventTime)
            throw Errors.NotInEnum("orderBy", orderBy, new[] { ByName, ByLastEventTime });
        // AWS refuses this combination: a prefix only makes sense over the name index.
        if (prefix is not null && orderBy == ByLastEventTime)
            throw Errors.InvalidParameter("Cannot order by LastEventTime with a logStreamNamePrefix.");
        bool descending = body.OptionalBool("descending") ?? false;
        int limit = Limits.Range(body.OptionalInt("limit"), 1, MaxLimit, MaxLimit);
        int offset = OffsetToken.Decode(body.OptionalString("nextToken"));

        return _store.Transact(store =>
        {
            LogGroup group = store.RequireGroup(groupName);
            List<LogStream> ordered = Order(group.Streams.Values, prefix, orderBy, descending);

            var streams = new JsonArray();
            foreach (LogStream stream in ordered.Skip(offset).Take(limit)) streams.Add(Shapes.LogStream(group, stream, request));

            var result = new JsonObject { ["logStreams"] = streams };
            if (offset + limit < ordered.Count) result["nextToken"] = OffsetToken.Encode(offset + limit);
            return result;
        });
    }

    private static List<LogStream> Order(IEnumerable<LogStream> streams, string? prefix, string orderBy, bool descending)
    {
        IEnumerable<LogStream> selected = prefix is null
            ? streams
            : streams.Where(s => s.Name.StartsWith(prefix, StringComparison.Ordinal));
        // Streams without events sort as oldest; the name keeps the order total and stable.
        List<LogStream> ordered = orderBy == ByLastEventTime
            ? selected.OrderBy(s => s.LastEventTimestamp ?? long.MinValue).ThenBy(s => s.Name, StringComparer.Ordinal).ToList()
            : selected.OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
        if (descending) ordered.Reverse();
        return ordered;
    }
}
