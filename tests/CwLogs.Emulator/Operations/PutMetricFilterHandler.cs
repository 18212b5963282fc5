using System.Text.Json.Nodes;
using CwLogs.Emulator.Filtering;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;
using CwLogs.Emulator.Validation;

namespace CwLogs.Emulator.Operations;

/// <summary>Creates a metric filter, or replaces the one of that name; at most 100 per log group.</summary>
internal sealed class PutMetricFilterHandler : IOperationHandler
{
    public const int MaxPerGroup = 100;
    private readonly LogStores _stores;

    public PutMetricFilterHandler(LogStores stores) => _stores = stores;

    public string Name => "PutMetricFilter";

    public JsonObject Handle(OperationRequest request)
    {
        RequestBody body = request.Body;
        string groupName = body.RequiredString("logGroupName");
        string filterName = body.RequiredString("filterName");
        string pattern = body.RequiredString("filterPattern");
        FilterPattern.Parse(pattern); // an invalid pattern is refused now, not when events arrive
        MetricTransformation transformation = MetricTransformations.Read(body);

        return _stores.For(request).Transact(store =>
        {
            LogGroup group = store.RequireGroup(groupName);
            if (!group.MetricFilters.ContainsKey(filterName) && group.MetricFilters.Count >= MaxPerGroup)
                throw Errors.LimitExceeded("Resource limit exceeded.");
            group.MetricFilters[filterName] = new MetricFilter(filterName, pattern, transformation, request.NowMillis);
            return new JsonObject();
        });
    }
}
