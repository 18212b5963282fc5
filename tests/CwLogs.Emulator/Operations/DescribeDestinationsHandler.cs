using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using CwLogs.Emulator.Paging;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;

namespace CwLogs.Emulator.Operations;

/// <summary>Destinations in name order, optionally those whose name starts with DestinationNamePrefix; nextToken names the last one returned.</summary>
internal sealed class DescribeDestinationsHandler : IOperationHandler
{
    private const int DefaultLimit = 50;
    private const string TokenKind = "DescribeDestinations";
    private readonly LogStores _stores;

    public DescribeDestinationsHandler(LogStores stores) => _stores = stores;

    public string Name => "DescribeDestinations";

    public JsonObject Handle(OperationRequest request)
    {
        RequestBody body = request.Body;
        // The one member of the API spelt with a capital first letter.
        string? prefix = body.OptionalString("DestinationNamePrefix");
        int limit = body.OptionalInt("limit") ?? DefaultLimit;
        string? after = PositionToken.Decode(body.OptionalString("nextToken"), TokenKind, 1)?[0];

        return _stores.For(request).Transact(store =>
        {
            List<Destination> remaining = store.Destinations.Values
                .Where(d => after is null || string.CompareOrdinal(d.Name, after) > 0)
                .Where(d => prefix is null || d.Name.StartsWith(prefix, StringComparison.Ordinal))
                .Take(limit + 1)
                .ToList();

            var destinations = new JsonArray();
            foreach (Destination destination in remaining.Take(limit)) destinations.Add(PolicyShapes.Destination(destination, request));
            var result = new JsonObject { ["destinations"] = destinations };
            if (remaining.Count > limit) result["nextToken"] = PositionToken.Encode(TokenKind, remaining[limit - 1].Name);
            return result;
        });
    }
}
