using System.Globalization;

namespace CwLogs.Benchmarks.Report;

/// <summary>Numbers as the tables and the chart print them (invariant culture, whatever the machine's).</summary>
public static class Formats
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static string Rate(double perSecond) => perSecond.ToString("N0", C) + "/s";

    /// <summary>Short form for chart labels: 950, 12.3k, 1.25M.</summary>
    public static string Short(double value) => value switch
    {
        >= 1e6 => (value / 1e6).ToString(value >= 1e7 ? "0.#" : "0.##", C) + "M",
        >= 1e3 => (value / 1e3).ToString(value >= 1e4 ? "0" : "0.#", C) + "k",
        _ => value.ToString("0", C),
    };

    public static string Count(long count) => count.ToString("N0", C);
    public static string Ms(double ms) => ms.ToString("0", C) + " ms";
    public static string Ratio(double ratio) => ratio.ToString(ratio >= 10 ? "0" : "0.0", C) + "x";
    public static string Percent(double share) => (share * 100).ToString("0", C) + "%";
    public static string MB(double bytes) => (bytes / (1024 * 1024)).ToString("0", C) + " MB";
}
