using System.Collections.Concurrent;
using CwLogs.Emulator.Protocol;

namespace CwLogs.Emulator.Store;

/// <summary>
/// The emulator's data: one <see cref="LogStore"/> per (account, region), as AWS keeps them apart. A call works on the
/// store of the account and region it was signed for (<see cref="OperationRequest.AccountId"/>, <see cref="OperationRequest.Region"/>).
/// </summary>
internal sealed class LogStores
{
    private readonly ConcurrentDictionary<(string Account, string Region), LogStore> _stores = new();

    public LogStore For(OperationRequest request) => _stores.GetOrAdd((request.AccountId, request.Region), _ => new LogStore());

    /// <summary>Empties every store (cancelling the queries being evaluated) and forgets them.</summary>
    public void Clear()
    {
        foreach (LogStore store in _stores.Values) store.Clear();
        _stores.Clear();
    }
}
