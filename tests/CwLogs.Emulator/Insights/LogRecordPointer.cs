using System.Globalization;
using CwLogs.Emulator.Paging;
using CwLogs.Emulator.Protocol;

namespace CwLogs.Emulator.Insights;

/// <summary>
/// The <c>@ptr</c> of a query result row: an opaque string naming one stored event
/// (group, stream, arrival sequence) that GetLogRecord turns back into the event.
/// </summary>
internal static class LogRecordPointer
{
    private const string Kind = "LogRecord";

    public static string For(ScannedEvent scanned) =>
        PositionToken.Encode(Kind, scanned.GroupName, scanned.StreamName, scanned.Event.Sequence.ToString(CultureInfo.InvariantCulture));

    public static (string Group, string Stream, long Sequence) Read(string pointer)
    {
        string[]? parts = PositionToken.TryDecode(pointer, Kind, 3);
        if (parts is null || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out long sequence))
            throw Errors.InvalidParameter("The specified logRecordPointer is invalid.");
        return (parts[0], parts[1], sequence);
    }
}
