using System;
using System.Collections.Concurrent;
using System.Threading;

namespace CwLogs.Emulator.Canned;

/// <summary>
/// Serialized pages by request: each is built once, on first request, then served as the same bytes. Two
/// connections asking for a page being built wait for that one build instead of making their own.
/// </summary>
internal sealed class PageCache<TKey> where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Lazy<byte[]>> _pages = new();

    public byte[] GetOrBuild(TKey key, Func<TKey, byte[]> build) =>
        _pages.GetOrAdd(key, k => new Lazy<byte[]>(() => build(k), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
}
