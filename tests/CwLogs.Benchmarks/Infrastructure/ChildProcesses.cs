using System.Collections.Concurrent;
using System.Diagnostics;

namespace CwLogs.Benchmarks.Infrastructure;

/// <summary>The outcome of one child process: its output and its wall time from start to exit.</summary>
public sealed record ChildResult(int ExitCode, string StdOut, string StdErr, double WallMs);

/// <summary>
/// Starts every child process of the run (measured clients and the emulator) with the run's environment (a null
/// value removes the variable), and
/// remembers the live ones so that a failure or Ctrl+C can end them all.
/// </summary>
public sealed class ChildProcesses(IReadOnlyDictionary<string, string?> environment)
{
    private readonly ConcurrentDictionary<int, Process> _live = new();
    private volatile bool _ending;

    public Process Start(string fileName, IEnumerable<string> arguments)
    {
        if (_ending) throw new BenchmarkFailure("the run is ending");
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        foreach (var (k, v) in environment)
            if (v is null) info.Environment.Remove(k); else info.Environment[k] = v;
        lock (_live)
        {
            if (_ending) throw new BenchmarkFailure("the run is ending");
            var process = Process.Start(info) ?? throw new BenchmarkFailure($"could not start {fileName}");
            process.StandardInput.Close();
            _live[process.Id] = process;
            return process;
        }
    }

    /// <summary>Runs to exit; a non-zero exit code is a failure of the measurement.</summary>
    public ChildResult Run(string what, string fileName, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var stopwatch = Stopwatch.StartNew();
        using var process = Start(fileName, arguments);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            Kill(process);
            throw new BenchmarkFailure($"{what}: no exit within {timeout.TotalSeconds:0} s");
        }
        process.WaitForExit();
        stopwatch.Stop();
        _live.TryRemove(process.Id, out _);
        var result = new ChildResult(process.ExitCode, stdout.Result, stderr.Result, stopwatch.Elapsed.TotalMilliseconds);
        if (result.ExitCode != 0)
            throw new BenchmarkFailure($"{what}: exit code {result.ExitCode}\n{Tail(result.StdErr + result.StdOut)}");
        return result;
    }

    public void Kill(Process process)
    {
        try { if (!process.HasExited) process.Kill(entireProcessTree: true); }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception) { }
        _live.TryRemove(process.Id, out _);
    }

    /// <summary>Kills every live child and refuses to start more (the run is ending).</summary>
    public void KillAll()
    {
        lock (_live) _ending = true;
        foreach (var process in _live.Values) Kill(process);
    }

    private static string Tail(string text) => text.Length <= 2000 ? text.Trim() : "..." + text[^2000..].Trim();
}
