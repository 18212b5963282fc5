using CwLogs.Benchmarks.Clients;
using CwLogs.Benchmarks.Infrastructure;
using CwLogs.Benchmarks.Report;

namespace CwLogs.Benchmarks.Measure;

/// <summary>Read, search and write: events/s of CwLogs, the AWS CLI and the floor doing the same calls.</summary>
public static class ThroughputFigures
{
    private const string Group = "bench";

    public static void Read(BenchContext c)
    {
        var s = c.Size;
        long expected = StreamLength(s.ReadStream);
        var cwlogs = c.MedianOfRuns("CwLogs read", () => Checked("CwLogs read", expected, c.Pwsh.Script("Read", ("Group", Group), ("Stream", s.ReadStream)).Single()));
        var cli = c.Cli.ReadPages(Group, s.ReadStream, s.CliReadPages);
        BenchContext.Progress($"  AWS CLI read: {Formats.Count(cli.Count)} events in {Formats.Ms(cli.Ms)}");
        DemandEvents("AWS CLI read", cli);
        var floor = c.MedianOfRuns("floor read", () => Checked("floor read", expected, c.Floor.Read(Group, s.ReadStream)));
        Add(c, new Throughput("read", cwlogs, cli, floor, CliTargetRatio: 10));

        var small = c.Pwsh.Script("Read", ("Group", Group), ("Stream", s.SmallReadStream)).Single();
        Checked("CwLogs read (small)", StreamLength(s.SmallReadStream), small);
        var growth = cwlogs.PeakRssBytes - small.PeakRssBytes;
        c.Results.Targets.Add(new TargetCheck($"peak RSS, {Formats.Count(cwlogs.Count)} vs {Formats.Count(small.Count)} events read",
            "within 50 MB", Formats.MB(growth), growth <= 50L * 1024 * 1024,
            $"pwsh peak RSS (VmHWM) {Formats.MB(small.PeakRssBytes)} at {Formats.Count(small.Count)}, {Formats.MB(cwlogs.PeakRssBytes)} at {Formats.Count(cwlogs.Count)}"));
    }

    public static void Search(BenchContext c)
    {
        var s = c.Size;
        var (streams, perStream) = SearchShape(s.SearchGroup);
        foreach (var (operation, pattern, expected) in new[]
                 {
                     ("search", (string?)null, streams * perStream),
                     ("search + ERROR pattern", "ERROR", streams * perStream / 10),
                 })
        {
            (string, string)[] parameters = pattern is null ? [("Group", s.SearchGroup)] : [("Group", s.SearchGroup), ("Pattern", pattern)];
            var cwlogs = c.MedianOfRuns("CwLogs " + operation, () => Checked("CwLogs " + operation, expected, c.Pwsh.Script("Search", parameters).Single()));
            var cli = c.Cli.Search(s.SearchGroup, pattern, s.CliSearchMaxItems);
            BenchContext.Progress($"  AWS CLI {operation}: {Formats.Count(cli.Count)} events in {Formats.Ms(cli.Ms)}");
            Checked("AWS CLI " + operation, Math.Min(expected, s.CliSearchMaxItems), cli);
            var floor = c.MedianOfRuns("floor " + operation, () => Checked("floor " + operation, expected, c.Floor.Search(s.SearchGroup, pattern)));
            Add(c, new Throughput(operation, cwlogs, cli, floor, CliTargetRatio: 10));
        }
    }

    public static void Write(BenchContext c)
    {
        var s = c.Size;
        Measurement Verified(string what, int expected, Func<Measurement> run)
        {
            c.Emulator.ResetCounters();
            var m = run();
            var (_, arrived) = c.Emulator.PutStats();
            BenchContext.ExpectCount(what + " (events the emulator received)", expected, arrived);
            return Checked(what, expected, m);
        }

        var cwlogs = c.MedianOfRuns("CwLogs write", () => Verified("CwLogs write", s.WriteCount, () => c.Pwsh.Script("Write",
            ("Group", Group), ("Stream", "write-cwlogs"), ("Count", s.WriteCount.ToString()), ("Prefix", BenchMessages.Prefix)).Single()));

        var batches = new List<(string, int)>();
        for (int b = 0; b < s.CliWriteBatches; b++)
        {
            var file = Path.Combine(c.TempDir, $"batch-{b}.json");
            AwsCli.WriteBatchFile(file, b * SizeProfile.BatchSize, SizeProfile.BatchSize);
            batches.Add((file, SizeProfile.BatchSize));
        }
        int cliEvents = s.CliWriteBatches * SizeProfile.BatchSize;
        var cli = Verified("AWS CLI write", cliEvents, () => c.Cli.Write(Group, "write-cli", batches));
        BenchContext.Progress($"  AWS CLI write: {Formats.Count(cli.Count)} events in {Formats.Ms(cli.Ms)}");

        var floor = c.MedianOfRuns("floor write", () => Verified("floor write", s.WriteCount, () => c.Floor.Write(Group, "write-floor", s.WriteCount, SizeProfile.BatchSize)));
        Add(c, new Throughput("write", cwlogs, cli, floor, CliTargetRatio: 20));
    }

    private static void Add(BenchContext c, Throughput t)
    {
        c.Results.Throughputs.Add(t);
        c.Results.Targets.Add(new TargetCheck($"{t.Operation}, CwLogs ÷ AWS CLI", $">= {t.CliTargetRatio:0}x", Formats.Ratio(t.TimesCli!.Value),
            t.TimesCli >= t.CliTargetRatio, $"{Formats.Rate(t.CwLogs!.EventsPerSecond)} vs {Formats.Rate(t.Cli!.EventsPerSecond)}"));
        c.Results.Targets.Add(new TargetCheck($"{t.Operation}, CwLogs ÷ floor", $">= {Formats.Percent(Throughput.FloorTargetShare)}", Formats.Percent(t.ShareOfFloor!.Value),
            t.ShareOfFloor >= Throughput.FloorTargetShare, $"{Formats.Rate(t.CwLogs.EventsPerSecond)} vs {Formats.Rate(t.Floor!.EventsPerSecond)}"));
    }

    private static Measurement Checked(string what, long expected, Measurement m)
    {
        BenchContext.ExpectCount(what, expected, m.Count);
        return m;
    }

    private static void DemandEvents(string what, Measurement m)
    {
        if (m.Count == 0) throw new BenchmarkFailure($"{what}: no events");
    }

    /// <summary>"events-1000000" → 1000000 (the canned dataset's length is its name).</summary>
    private static long StreamLength(string stream) => long.Parse(stream["events-".Length..]);

    /// <summary>"search-100x10000" → (100, 10000).</summary>
    private static (int Streams, int PerStream) SearchShape(string group)
    {
        var parts = group["search-".Length..].Split('x');
        return (int.Parse(parts[0]), int.Parse(parts[1]));
    }
}
