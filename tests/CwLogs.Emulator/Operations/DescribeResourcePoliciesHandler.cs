using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using CwLogs.Emulator.Paging;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;

namespace CwLogs.Emulator.Operations;

/// <summary>Resource policies in name order; nextToken names the last one returned.</summary>
internal sealed class DescribeResourcePoliciesHandler : IOperationHandler
{
    private const int DefaultLimit = 50;
    private const string TokenKind = "DescribeResourcePolicies";
    private readonly LogStores _stores;

    public DescribeResourcePoliciesHandler(LogStores stores) => _stores = stores;

    public string Name => "DescribeResourcePolicies";

    public JsonObject Handle(OperationRequest request)
    {
        RequestBody body = request.Body;
        int limit = body.OptionalInt("limit") ?? DefaultLimit;
        string? after = PositionToken.Decode(body.OptionalString("nextToken"), TokenKind, 1)?[0];

        return _stores.For(request).Transact(store =>
        {
            List<ResourcePolicy> remaining = store.ResourcePolicies.Values
                .Where(p => after is null || string.CompareOrdinal(p.Name, after) > 0)
                .Take(limit + 1)
                .ToList();

            var policies = new JsonArray();
            foreach (ResourcePolicy policy in remaining.Take(limit)) policies.Add(PolicyShapes.ResourcePolicy(policy));
            var result = new JsonObject { ["resourcePolicies"] = policies };
            if (remaining.Count > limit) result["nextToken"] = PositionToken.Encode(TokenKind, remaining[limit - 1].Name);
            return result;
        });
    }
}
