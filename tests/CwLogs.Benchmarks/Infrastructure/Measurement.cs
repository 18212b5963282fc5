using System.Text.Json;
using System.Text.Json.Serialization;

namespace CwLogs.Benchmarks.Infrastructure;

/// <summary>
/// One timed run as a measured process reports it on a line of its stdout (pwsh scripts and the floor alike):
/// {"count":N,"ms":X,"peakRssBytes":Y}.
/// </summary>
public sealed record Measurement(
    [property: JsonPropertyName("count")] long Count,
    [property: JsonPropertyName("ms")] double Ms,
    [property: JsonPropertyName("peakRssBytes")] long PeakRssBytes)
{
    public double EventsPerSecond => Ms > 0 ? Count / (Ms / 1000) : 0;

    public string ToJson() => JsonSerializer.Serialize(this);

    /// <summary>Every measurement line in a process's stdout (lines starting with '{'), in order.</summary>
    public static List<Measurement> ParseAll(string stdout) =>
        stdout.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("{\"count\"", StringComparison.Ordinal))
            .Select(l => JsonSerializer.Deserialize<Measurement>(l)!)
            .ToList();

    /// <summary>This process's peak resident set (VmHWM), as every measured process reports it.</summary>
    public static long PeakRssOfThisProcess()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
        return 0;
    }
}
