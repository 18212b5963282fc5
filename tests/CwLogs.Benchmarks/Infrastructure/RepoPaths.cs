using System.Text.Json;

namespace CwLogs.Benchmarks.Infrastructure;

/// <summary>Where the runner finds what `dotnet build Module.sln -c Release` produced, and the pinned pwsh.</summary>
public sealed class RepoPaths
{
    public required string Root { get; init; }
    public required string Module { get; init; }
    public required string EmulatorDll { get; init; }
    public required string PwshDll { get; init; }
    public required string PwshVersion { get; init; }
    public required string ScriptsDir { get; init; }
    public required string BenchmarksDll { get; init; }

    public static RepoPaths Find()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Module.sln")))
            root = Path.GetDirectoryName(root.TrimEnd('/')) ?? throw new BenchmarkFailure("Module.sln not found above " + AppContext.BaseDirectory);
        var version = PinnedPwshVersion(root);
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } p
            ? p : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var paths = new RepoPaths
        {
            Root = root,
            Module = Path.Combine(root, "out", "CwLogs"),
            EmulatorDll = Path.Combine(root, "tests", "CwLogs.Emulator", "bin", "Release", "net10.0", "CwLogs.Emulator.dll"),
            // pwsh.dll run by dotnet directly: the `dotnet pwsh` tool shim would add its own start-up to every figure.
            PwshDll = Path.Combine(packages, "powershell", version, "tools", "net10.0", "any", "unix", "pwsh.dll"),
            PwshVersion = version,
            ScriptsDir = Path.Combine(AppContext.BaseDirectory, "Scripts"),
            BenchmarksDll = typeof(RepoPaths).Assembly.Location,
        };
        paths.Check();
        return paths;
    }

    private void Check()
    {
        const string hint = " (build first: dotnet build Module.sln -c Release)";
        if (!File.Exists(Path.Combine(Module, "CwLogs.psd1"))) throw new BenchmarkFailure($"module not found at {Module}{hint}");
        if (!File.Exists(EmulatorDll)) throw new BenchmarkFailure($"emulator not found at {EmulatorDll}{hint}");
        if (!File.Exists(PwshDll)) throw new BenchmarkFailure($"pwsh not found at {PwshDll} (run: dotnet tool restore)");
    }

    private static string PinnedPwshVersion(string root)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, ".config", "dotnet-tools.json")));
        return doc.RootElement.GetProperty("tools").GetProperty("powershell").GetProperty("version").GetString()!;
    }
}
