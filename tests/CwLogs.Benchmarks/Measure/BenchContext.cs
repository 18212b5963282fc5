using CwLogs.Benchmarks.Clients;
using CwLogs.Benchmarks.Infrastructure;
using CwLogs.Benchmarks.Report;

namespace CwLogs.Benchmarks.Measure;

/// <summary>What every figure needs: the clients, the emulator, the size, and where the results go.</summary>
public sealed class BenchContext
{
    public required SizeProfile Size { get; init; }
    public required RepoPaths Paths { get; init; }
    public required CannedEmulator Emulator { get; init; }
    public required Pwsh Pwsh { get; init; }
    public required AwsCli Cli { get; init; }
    public required FloorProcess Floor { get; init; }
    public required string TempDir { get; init; }
    public Results Results { get; } = new();

    public static void Progress(string message) => Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message}");

    /// <summary>Runs a figure <see cref="SizeProfile.Runs"/> times and keeps the run with the median rate.</summary>
    public Measurement MedianOfRuns(string what, Func<Measurement> run)
    {
        var runs = new List<Measurement>();
        for (int i = 0; i < Size.Runs; i++)
        {
            var m = run();
            Progress($"  {what}: {Formats.Count(m.Count)} events in {Formats.Ms(m.Ms)} = {Formats.Rate(m.EventsPerSecond)}");
            runs.Add(m);
        }
        return Stats.MedianByRate(runs);
    }

    public static void ExpectCount(string what, long expected, long actual)
    {
        if (expected != actual) throw new BenchmarkFailure($"{what}: {actual} events, expected {expected}");
    }
}
