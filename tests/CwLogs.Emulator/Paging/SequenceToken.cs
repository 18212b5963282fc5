using System.Globalization;
using CwLogs.Emulator.Protocol;

namespace CwLogs.Emulator.Paging;

/// <summary>
/// nextToken of the newest-first listings (DescribeQueries, DescribeExportTasks): the creation sequence of the
/// last item returned; the next page holds the older ones.
/// </summary>
internal static class SequenceToken
{
    public static string Encode(string kind, long lastSequence) =>
        PositionToken.Encode(kind, lastSequence.ToString(CultureInfo.InvariantCulture));

    /// <summary>Items older than this sequence come next; long.MaxValue (everything) without a token.</summary>
    public static long Decode(string? token, string kind)
    {
        string[]? position = PositionToken.Decode(token, kind, 1);
        if (position is null) return long.MaxValue;
        return long.TryParse(position[0], NumberStyles.None, CultureInfo.InvariantCulture, out long sequence)
            ? sequence
            : throw Errors.InvalidNextToken();
    }
}
