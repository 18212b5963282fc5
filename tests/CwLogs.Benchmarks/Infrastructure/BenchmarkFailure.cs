namespace CwLogs.Benchmarks.Infrastructure;

/// <summary>A measurement that could not be made (a process error, a count mismatch): the run exits non-zero.</summary>
public sealed class BenchmarkFailure(string message) : Exception(message);
