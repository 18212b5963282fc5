using System.Globalization;

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
        return value switch
        {
            DateTimeOffset offset => offset.ToLocalTime().ToString(format, CultureInfo.InvariantCulture),
            DateTime time => (time.Kind == DateTimeKind.Local ? time : time.ToLocalTime()).ToString(format, CultureInfo.InvariantCulture),
            _ => null,
        };
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
