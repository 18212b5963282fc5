using CwLogs.Benchmarks.Infrastructure;

namespace CwLogs.Benchmarks.Report;

/// <summary>One operation's rate for the three clients (any may be missing when it was not measured).</summary>
public sealed record Throughput(string Operation, Measurement? CwLogs, Measurement? Cli, Measurement? Floor, double CliTargetRatio)
{
    public const double FloorTargetShare = 0.6;

    public double? TimesCli => CwLogs is null || Cli is null ? null : CwLogs.EventsPerSecond / Cli.EventsPerSecond;
    public double? ShareOfFloor => CwLogs is null || Floor is null ? null : CwLogs.EventsPerSecond / Floor.EventsPerSecond;
}

/// <summary>A target of issue 9 and what this run measured against it.</summary>
public sealed record TargetCheck(string Figure, string Target, string Measured, bool Met, string Context);

/// <summary>What the run is, for the reader of the results: machine, date, commit, server and sizes.</summary>
public sealed record RunInfo(IReadOnlyList<(string Name, string Value)> Facts);

public sealed class Results
{
    public List<Throughput> Throughputs { get; } = [];
    public List<TargetCheck> Targets { get; } = [];
    public List<string> Notes { get; } = [];
}
