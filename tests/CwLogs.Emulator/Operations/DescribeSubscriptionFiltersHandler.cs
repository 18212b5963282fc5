using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using CwLogs.Emulator.Paging;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;
using CwLogs.Emulator.Validation;

namespace CwLogs.Emulator.Operations;

/// <summary>The subscription filters of one log group in name order, optionally by name prefix; nextToken names the last one returned.</summary>
internal sealed class DescribeSubscriptionFiltersHandler : IOperationHandler
{
    private const int MaxLimit = 50;
    private const string TokenKind = "DescribeSubscriptionFilters";
    private readonly LogStores _stores;

    public DescribeSubscriptionFiltersHandler(LogStores stores) => _stores = stores;

    public string Name => "DescribeSubscriptionFilters";

    public JsonObject Handle(OperationRequest request)
    {
        RequestBody body = request.Body;
        string groupName = body.RequiredString("logGroupName");
        string? prefix = body.OptionalString("filterNamePrefix");
        int limit = body.OptionalInt("limit") ?? MaxLimit;
        string[]? after = PositionToken.Decode(body.OptionalString("nextToken"), TokenKind, 2);

        return _stores.For(request).Transact(store =>
        {
            LogGroup group = store.RequireGroup(groupName);
            // The token belongs to this group's listing; another group's token is as invalid as a made-up one.
            if (after is not null && after[0] != groupName) throw Errors.InvalidNextToken();
            List<SubscriptionFilter> remaining = group.SubscriptionFilters.Values
                .Where(f => after is null || string.CompareOrdinal(f.Name, after[1]) > 0)
                .Where(f => prefix is null || f.Name.StartsWith(prefix, StringComparison.Ordinal))
                .Take(limit + 1)
                .ToList();

            var filters = new JsonArray();
            foreach (SubscriptionFilter filter in remaining.Take(limit)) filters.Add(FilterShapes.SubscriptionFilter(group, filter));
            var result = new JsonObject { ["subscriptionFilters"] = filters };
            if (remaining.Count > limit) result["nextToken"] = PositionToken.Encode(TokenKind, groupName, remaining[limit - 1].Name);
            return result;
        });
    }
}
