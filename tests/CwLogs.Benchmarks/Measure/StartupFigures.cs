using CwLogs.Benchmarks.Infrastructure;
using CwLogs.Benchmarks.Report;

namespace CwLogs.Benchmarks.Measure;

/// <summary>Import-Module's cost on a bare pwsh start, and the first call after it.</summary>
public static class StartupFigures
{
    public static void Import(BenchContext c)
    {
        const string bare = "exit";
        string imported = $"Import-Module '{c.Paths.Module}'; exit";
        c.Pwsh.CommandWallMs(imported); // one unmeasured start: disk cache and the first JIT of pwsh itself
        var without = new List<double>();
        var with = new List<double>();
        for (int i = 0; i < c.Size.ImportPairs; i++)
        {
            // Alternate which of the pair goes first, so neither always runs on the warmer machine.
            if (i % 2 == 0) { without.Add(c.Pwsh.CommandWallMs(bare)); with.Add(c.Pwsh.CommandWallMs(imported)); }
            else { with.Add(c.Pwsh.CommandWallMs(imported)); without.Add(c.Pwsh.CommandWallMs(bare)); }
            BenchContext.Progress($"  pair {i + 1}: bare {Formats.Ms(without[^1])}, with Import-Module {Formats.Ms(with[^1])}");
        }
        var added = Stats.MedianPairedDifference(without, with);
        c.Results.Targets.Add(new TargetCheck("Import-Module added to pwsh start", "<= 100 ms", Formats.Ms(added), added <= 100,
            $"median of {without.Count} paired differences; bare `pwsh -NoProfile -Command exit` {Formats.Ms(Stats.Median(without))}"));
    }

    public static void FirstCall(BenchContext c)
    {
        var times = new List<double>();
        for (int i = 0; i < c.Size.FirstCallRuns; i++)
        {
            times.Add(c.Pwsh.Script("FirstCall").Single().Ms);
            BenchContext.Progress($"  run {i + 1}: {Formats.Ms(times[^1])}");
        }
        var median = Stats.Median(times);
        c.Results.Targets.Add(new TargetCheck("first call after import", "<= 150 ms", Formats.Ms(median), median <= 150,
            $"`Get-CwLogGroup | Out-Null` in a fresh pwsh after Import-Module, median of {times.Count}"));
    }
}
