using CwLogs.Benchmarks.Infrastructure;
using CwLogs.Benchmarks.Report;

namespace CwLogs.Benchmarks.Measure;

/// <summary>PowerShell.Stop() during a long Get-CwLogEvent: while pages stream, and while a slow call is in flight.</summary>
public static class StopFigures
{
    private const int InFlightLatencyMs = 3000;

    public static void Stop(BenchContext c)
    {
        Add(c, "Stop() while pages stream", Runs(c));
        c.Emulator.SetLatency(InFlightLatencyMs);
        try { Add(c, $"Stop() during a call ({InFlightLatencyMs / 1000} s server latency)", Runs(c)); }
        finally { c.Emulator.SetLatency(0); }
    }

    private static List<double> Runs(BenchContext c)
    {
        var times = c.Pwsh.Script("Stop", ("Runs", c.Size.StopRuns.ToString())).Select(m => m.Ms).ToList();
        BenchContext.Progress("  Stop() returned in " + string.Join(", ", times.Select(Formats.Ms)));
        if (times.Count != c.Size.StopRuns) throw new BenchmarkFailure($"Stop.ps1: {times.Count} runs reported, expected {c.Size.StopRuns}");
        return times;
    }

    private static void Add(BenchContext c, string figure, List<double> times)
    {
        var median = Stats.Median(times);
        c.Results.Targets.Add(new TargetCheck(figure, "<= 200 ms", Formats.Ms(median), median <= 200,
            $"median of {times.Count}, after about 1 s of `Get-CwLogEvent | Out-Null` in `[powershell]::Create()`"));
    }
}
