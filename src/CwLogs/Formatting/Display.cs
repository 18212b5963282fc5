using System.Globalization;
using System.Management.Automation;

namespace CwLogs.Formatting;

/// <summary>
/// How sizes and times look in the default table views (CwLogs.Format.ps1xml calls these), in one
/// place: times in local time, sortable and culture-independent; sizes in 1024-based units.
/// </summary>
public static class Display
{
    private static readonly string[] Units = { "B", "KB", "MB", "GB", "TB", "PB" };

    /// <summary>Local time as yyyy-MM-dd HH:mm:ss (.fff with <paramref name="milliseconds"/>); null for no time.</summary>
    public static string? Time(object? value, bool milliseconds = false)
    {
        var format = milliseconds ? "yyyy-MM-dd HH:mm:ss.fff" : "yyyy-MM-dd HH:mm:ss";
        return (value is PSObject wrapped ? wrapped.BaseObject : value) switch
        {
            DateTimeOffset offset => offset.ToLocalTime().ToString(format, CultureInfo.InvariantCulture),
            DateTime time => (time.Kind == DateTimeKind.Local ? time : time.ToLocalTime()).ToString(format, CultureInfo.InvariantCulture),
            _ => null,
        };
    }

    /// <summary>
    /// A name cut to <paramref name="width"/> by eliding its middle: names that share a start (Lambda's
    /// 2026/12/04/[$LATEST]0123...) differ at the end, which a table's own cut would lose.
    /// </summary>
    public static string? Elide(string? text, int width)
    {
        if (text is null || text.Length <= width || width < 3) return text;
        var head = (width - 1) / 3;
        return string.Concat(text.AsSpan(0, head), "…", text.AsSpan(text.Length - (width - 1 - head)));
    }

    /// <summary>e.g. 512 B, 1.5 KB, 20.0 MB; null for an unknown size.</summary>
    public static string? Bytes(long? bytes)
    {
        if (bytes is not long value) return null;
        double scaled = value;
        var unit = 0;
        while (scaled >= 1024 && unit < Units.Length - 1)
        {
            scaled /= 1024;
            unit++;
        }
        return unit == 0
            ? value.ToString(CultureInfo.InvariantCulture) + " B"
            : scaled.ToString("0.0", CultureInfo.InvariantCulture) + " " + Units[unit];
    }
}
