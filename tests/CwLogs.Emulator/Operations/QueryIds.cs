using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;
using CwLogs.Emulator.Validation;

namespace CwLogs.Emulator.Operations;

/// <summary>The queryId member (QueryId shape: 0-256 chars) of GetQueryResults and StopQuery, and the query it names.</summary>
internal static class QueryIds
{
    public const int MaxLength = 256;

    public static string Required(RequestBody body) =>
        Lengths.Check(body.RequiredString("queryId"), "queryId", 0, MaxLength);

    /// <summary>Call inside Transact.</summary>
    public static QueryRun Find(LogStore store, string queryId) =>
        store.Queries.TryGetValue(queryId, out QueryRun? query) ? query : throw Errors.QueryNotFound(queryId);
}
