using System;
using System.Globalization;

namespace CwLogs.Emulator.Canned;

/// <summary>
/// Canned datasets are defined by their names, so a benchmark needs no setup calls:
/// stream <c>events-&lt;N&gt;</c> holds N events; group <c>search-&lt;S&gt;x&lt;M&gt;</c> holds S streams of M events each.
/// </summary>
internal static class CannedDatasets
{
    private const string StreamPrefix = "events-";
    private const string SearchPrefix = "search-";

    /// <summary>events-N (N a plain decimal number, at most int.MaxValue).</summary>
    public static bool TryParseStream(string? name, out int count)
    {
        count = 0;
        return name is not null && name.StartsWith(StreamPrefix, StringComparison.Ordinal)
            && TryParseCount(name.AsSpan(StreamPrefix.Length), out count);
    }

    /// <summary>search-SxM with S ≥ 1 streams and S * M events in all (at most int.MaxValue).</summary>
    public static bool TryParseSearch(string? name, out SearchDataset dataset)
    {
        dataset = default;
        if (name is null || !name.StartsWith(SearchPrefix, StringComparison.Ordinal)) return false;
        ReadOnlySpan<char> shape = name.AsSpan(SearchPrefix.Length);
        int x = shape.IndexOf('x');
        if (x < 0 || !TryParseCount(shape[..x], out int streams) || !TryParseCount(shape[(x + 1)..], out int perStream)
            || streams == 0 || (long)streams * perStream > int.MaxValue)
        {
            return false;
        }
        dataset = new SearchDataset(streams, perStream);
        return true;
    }

    private static bool TryParseCount(ReadOnlySpan<char> digits, out int count) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out count);
}

/// <summary>S streams of M events, merged by timestamp: global event g belongs to stream g % S.</summary>
internal readonly record struct SearchDataset(int Streams, int PerStream)
{
    public int Total => Streams * PerStream;

    public string StreamNameOf(int globalIndex) =>
        "stream-" + (globalIndex % Streams).ToString("D3", CultureInfo.InvariantCulture);
}
