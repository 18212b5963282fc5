using CwLogs.Benchmarks.Infrastructure;

namespace CwLogs.Benchmarks.Clients;

/// <summary>The real pwsh, run as `dotnet pwsh.dll` (no tool shim), one fresh process per script.</summary>
public sealed class Pwsh(ChildProcesses children, RepoPaths paths, Uri endpoint)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>Wall time of `pwsh -NoProfile -NonInteractive -Command <command>`, start to exit.</summary>
    public double CommandWallMs(string command) =>
        children.Run("pwsh -Command " + command, "dotnet", [paths.PwshDll, "-NoProfile", "-NonInteractive", "-Command", command], Timeout).WallMs;

    /// <summary>Runs Scripts/<name>.ps1 with the module and endpoint, plus named parameters; returns its measurements.</summary>
    public List<Measurement> Script(string name, params (string Name, string Value)[] parameters)
    {
        var arguments = new List<string>
        {
            paths.PwshDll, "-NoProfile", "-NonInteractive", "-File", Path.Combine(paths.ScriptsDir, name + ".ps1"),
            "-Module", paths.Module, "-Endpoint", endpoint.ToString(),
        };
        foreach (var (n, v) in parameters) arguments.AddRange(["-" + n, v]);
        var result = children.Run($"pwsh {name}.ps1", "dotnet", arguments, Timeout);
        var measurements = Measurement.ParseAll(result.StdOut);
        if (measurements.Count == 0) throw new BenchmarkFailure($"pwsh {name}.ps1 printed no measurement:\n{result.StdOut}{result.StdErr}");
        return measurements;
    }
}
