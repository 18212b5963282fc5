using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;

namespace CwLogs.Emulator.Operations;

/// <summary>The queryId member (QueryId shape: 0-256 chars) of GetQueryResults and StopQuery, and the query it names.</summary>
internal static class QueryIds
{
    public static string Required(RequestBody body) => body.RequiredString("queryId");

    /// <summary>Call inside Transact.</summary>
    public static QueryRun Find(LogStore store, string queryId) =>
        store.Queries.TryGetValue(queryId, out QueryRun? query) ? query : throw Errors.QueryNotFound(queryId);
}
