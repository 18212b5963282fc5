namespace CwLogs.Benchmarks.Infrastructure;

/// <summary>How much each figure does: full for docs/performance.md, tiny for CI (so the runner cannot rot).</summary>
public sealed record SizeProfile(
    string Name,
    int ImportPairs,
    int FirstCallRuns,
    int Runs,
    string ReadStream,
    string SmallReadStream,
    int CliReadPages,
    string SearchGroup,
    int CliSearchMaxItems,
    int WriteCount,
    int CliWriteBatches,
    int StopRuns)
{
    public const int BatchSize = 10_000;

    public static readonly SizeProfile Full = new("full", ImportPairs: 15, FirstCallRuns: 10, Runs: 3,
        ReadStream: "events-1000000", SmallReadStream: "events-10000", CliReadPages: 10,
        SearchGroup: "search-100x10000", CliSearchMaxItems: 100_000, WriteCount: 1_000_000, CliWriteBatches: 10, StopRuns: 5);

    public static readonly SizeProfile Tiny = new("tiny", ImportPairs: 2, FirstCallRuns: 1, Runs: 1,
        ReadStream: "events-20000", SmallReadStream: "events-10000", CliReadPages: 1,
        SearchGroup: "search-10x2000", CliSearchMaxItems: 10_000, WriteCount: 20_000, CliWriteBatches: 1, StopRuns: 1);

    public static SizeProfile Parse(string name) => name switch
    {
        "full" => Full,
        "tiny" => Tiny,
        _ => throw new ArgumentException($"--size must be full or tiny, not '{name}'"),
    };
}
