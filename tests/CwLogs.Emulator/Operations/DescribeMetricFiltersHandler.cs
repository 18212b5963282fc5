using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using CwLogs.Emulator.Paging;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;
using CwLogs.Emulator.Validation;

namespace CwLogs.Emulator.Operations;

/// <summary>
/// Metric filters in (group, filter name) order: of one group (optionally by name prefix, which AWS only
/// applies with logGroupName), and/or those publishing one metric (metricName and metricNamespace together).
/// nextToken names the last filter returned.
/// </summary>
internal sealed class DescribeMetricFiltersHandler : IOperationHandler
{
    private const int MaxLimit = 50;
    private const string TokenKind = "DescribeMetricFilters";
    private readonly LogStores _stores;

    public DescribeMetricFiltersHandler(LogStores stores) => _stores = stores;

    public string Name => "DescribeMetricFilters";

    public JsonObject Handle(OperationRequest request)
    {
        RequestBody body = request.Body;
        string? groupName = body.OptionalString("logGroupName");
        string? prefix = groupName is null ? null : body.OptionalString("filterNamePrefix");
        string? metricName = body.OptionalString("metricName");
        string? metricNamespace = body.OptionalString("metricNamespace");
        if ((metricName is null) != (metricNamespace is null))
            throw Errors.InvalidParameter("metricName and metricNamespace must be specified together.");
        int limit = body.OptionalInt("limit") ?? MaxLimit;
        string[]? after = PositionToken.Decode(body.OptionalString("nextToken"), TokenKind, 2);

        return _stores.For(request).Transact(store =>
        {
            IEnumerable<LogGroup> groups = groupName is null ? store.Groups : new[] { store.RequireGroup(groupName) };
            List<(LogGroup Group, MetricFilter Filter)> remaining = groups
                .SelectMany(g => g.MetricFilters.Values.Select(f => (Group: g, Filter: f)))
                .Where(x => after is null || IsAfter(x.Group.Name, x.Filter.Name, after))
                .Where(x => prefix is null || x.Filter.Name.StartsWith(prefix, StringComparison.Ordinal))
                .Where(x => metricName is null
                    || (x.Filter.Transformation.MetricName == metricName && x.Filter.Transformation.MetricNamespace == metricNamespace))
                .Take(limit + 1)
                .ToList();

            var filters = new JsonArray();
            foreach ((LogGroup group, MetricFilter filter) in remaining.Take(limit)) filters.Add(FilterShapes.MetricFilter(group, filter));
            var result = new JsonObject { ["metricFilters"] = filters };
            if (remaining.Count > limit)
            {
                (LogGroup group, MetricFilter filter) = remaining[limit - 1];
                result["nextToken"] = PositionToken.Encode(TokenKind, group.Name, filter.Name);
            }
            return result;
        });
    }

    private static bool IsAfter(string group, string filter, string[] after)
    {
        int order = string.CompareOrdinal(group, after[0]);
        return order > 0 || (order == 0 && string.CompareOrdinal(filter, after[1]) > 0);
    }
}
