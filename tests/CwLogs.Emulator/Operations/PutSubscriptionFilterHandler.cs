using System.Text.Json.Nodes;
using CwLogs.Emulator.Filtering;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;
using CwLogs.Emulator.Validation;

namespace CwLogs.Emulator.Operations;

/// <summary>
/// Creates a subscription filter, or replaces the one of that name; a third filter in a group is
/// LimitExceededException (AWS allows two). Nothing is delivered: the emulator keeps the settings only.
/// </summary>
internal sealed class PutSubscriptionFilterHandler : IOperationHandler
{
    public const int MaxPerGroup = 2;
    private static readonly string[] Distributions = { "Random", "ByLogStream" };
    private readonly LogStores _stores;

    public PutSubscriptionFilterHandler(LogStores stores) => _stores = stores;

    public string Name => "PutSubscriptionFilter";

    public JsonObject Handle(OperationRequest request)
    {
        RequestBody body = request.Body;
        string groupName = body.RequiredString("logGroupName");
        string filterName = body.RequiredString("filterName");
        string pattern = body.RequiredString("filterPattern");
        FilterPattern.Parse(pattern);
        string destination = DestinationArns.Check(body.RequiredString("destinationArn"));
        string? roleArn = body.OptionalString("roleArn");
        string distribution = body.OptionalString("distribution") ?? "ByLogStream";
        if (System.Array.IndexOf(Distributions, distribution) < 0)
            throw Errors.NotInEnum("distribution", distribution, Distributions);

        return _stores.For(request).Transact(store =>
        {
            LogGroup group = store.RequireGroup(groupName);
            if (!group.SubscriptionFilters.ContainsKey(filterName) && group.SubscriptionFilters.Count >= MaxPerGroup)
                throw Errors.LimitExceeded("Resource limit exceeded.");
            group.SubscriptionFilters[filterName] = new SubscriptionFilter(filterName, pattern, destination, roleArn, distribution, request.NowMillis);
            return new JsonObject();
        });
    }
}
