using CwLogs.Benchmarks.Infrastructure;

namespace CwLogs.Benchmarks.Clients;

/// <summary>Runs the floor (this program's `floor` mode) in a child process, like every other client.</summary>
public sealed class FloorProcess(ChildProcesses children, RepoPaths paths, Uri endpoint)
{
    public Measurement Read(string group, string stream) => Run("read", group, stream);

    public Measurement Search(string group, string? pattern) => pattern is null ? Run("search", group) : Run("search", group, pattern);

    public Measurement Write(string group, string stream, int count, int batchSize) =>
        Run("write", group, stream, count.ToString(), batchSize.ToString());

    private Measurement Run(string mode, params string[] arguments)
    {
        var result = children.Run("floor " + mode, "dotnet", [paths.BenchmarksDll, "floor", mode, endpoint.ToString(), .. arguments], TimeSpan.FromMinutes(5));
        return Measurement.ParseAll(result.StdOut) is [var m, ..] ? m : throw new BenchmarkFailure($"floor {mode} printed no measurement:\n{result.StdOut}");
    }
}
