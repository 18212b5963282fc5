using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using CwLogs.Emulator.Paging;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;
using CwLogs.Emulator.Validation;

namespace CwLogs.Emulator.Operations;

/// <summary>
/// Queries newest first, optionally only those of one log group (any of the groups they read) or in one status.
/// nextToken names the last query returned. QueryInfo.logGroupName is the first group the query read.
/// </summary>
internal sealed class DescribeQueriesHandler : IOperationHandler
{
    private const int DefaultMaxResults = 1000;
    private const string TokenKind = "DescribeQueries";
    private readonly LogStores _stores;

    public DescribeQueriesHandler(LogStores stores) => _stores = stores;

    public string Name => "DescribeQueries";

    public JsonObject Handle(OperationRequest request)
    {
        RequestBody body = request.Body;
        string? groupName = body.OptionalString("logGroupName");
        string? status = body.OptionalString("status");
        int maxResults = body.OptionalInt("maxResults") ?? DefaultMaxResults;
        long before = SequenceToken.Decode(body.OptionalString("nextToken"), TokenKind);

        return _stores.For(request).Transact(store =>
        {
            List<QueryRun> remaining = store.Queries.Values
                .Where(q => q.Sequence < before)
                .Where(q => groupName is null || q.LogGroupNames.Contains(groupName))
                .Where(q => status is null || q.StatusAt(request.NowMillis) == status)
                .OrderByDescending(q => q.Sequence)
                .Take(maxResults + 1)
                .ToList();

            var queries = new JsonArray();
            foreach (QueryRun query in remaining.Take(maxResults))
            {
                queries.Add(new JsonObject
                {
                    ["queryId"] = query.Id,
                    ["queryString"] = query.QueryString,
                    ["status"] = query.StatusAt(request.NowMillis),
                    ["createTime"] = query.CreateTime,
                    ["logGroupName"] = query.LogGroupNames[0],
                });
            }
            var result = new JsonObject { ["queries"] = queries };
            if (remaining.Count > maxResults)
                result["nextToken"] = SequenceToken.Encode(TokenKind, remaining[maxResults - 1].Sequence);
            return result;
        });
    }
}
