namespace CwLogs.Benchmarks.Infrastructure;

public static class Stats
{
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) throw new ArgumentException("no values", nameof(values));
        int mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// <summary>Median of with[i] - without[i]: each pair ran back to back, so slow moments of the machine cancel.</summary>
    public static double MedianPairedDifference(IReadOnlyList<double> without, IReadOnlyList<double> with)
    {
        if (without.Count != with.Count) throw new ArgumentException("pairs of unequal length");
        return Median(with.Select((w, i) => w - without[i]));
    }

    /// <summary>The run with the median rate (the upper middle one for an even count): its count and time stay together.</summary>
    public static Measurement MedianByRate(IReadOnlyList<Measurement> runs) =>
        runs.OrderBy(m => m.EventsPerSecond).ElementAt(runs.Count / 2);
}
