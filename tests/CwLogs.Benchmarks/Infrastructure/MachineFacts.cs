using System.Runtime.InteropServices;

namespace CwLogs.Benchmarks.Infrastructure;

/// <summary>What the results were measured on: CPU, memory, OS, runtimes, the commit.</summary>
public static class MachineFacts
{
    public static string Cpu() =>
        $"{ProcInfo("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString()}, {Environment.ProcessorCount} cores";

    public static string Memory() =>
        ProcInfo("/proc/meminfo", "MemTotal") is { } kb ? $"{long.Parse(kb.Split(' ')[0]) / (1024 * 1024.0):0.0} GiB" : "unknown";

    public static string Os()
    {
        var pretty = File.Exists("/etc/os-release")
            ? File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME="))?["PRETTY_NAME=".Length..].Trim('"')
            : null;
        return $"{pretty ?? RuntimeInformation.OSDescription} (kernel {Environment.OSVersion.Version})";
    }

    public static string Commit(ChildProcesses children, string root)
    {
        try
        {
            var hash = children.Run("git rev-parse", "git", ["-C", root, "rev-parse", "--short", "HEAD"], TimeSpan.FromSeconds(30)).StdOut.Trim();
            var dirty = children.Run("git status", "git", ["-C", root, "status", "--porcelain"], TimeSpan.FromSeconds(30)).StdOut.Trim().Length > 0;
            return dirty ? hash + " (dirty)" : hash;
        }
        catch (Exception e) when (e is BenchmarkFailure or System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }

    private static string? ProcInfo(string file, string key) =>
        File.Exists(file)
            ? File.ReadLines(file).Where(l => l.StartsWith(key)).Select(l => l[(l.IndexOf(':') + 1)..].Trim()).FirstOrDefault()
            : null;
}
