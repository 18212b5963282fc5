using CwLogs.Benchmarks;
using CwLogs.Benchmarks.Floor;
using CwLogs.Benchmarks.Infrastructure;

// `floor ...` is the floor client in its own process (the runner starts it); anything else but `emulator-query` is the runner.
if (args is ["floor", ..]) return FloorProgram.Run(args[1..]);
// `emulator-query ...` measures the faithful emulator's Insights queries (not a client figure).
if (args is ["emulator-query", ..]) return CwLogs.Benchmarks.Measure.EmulatorQueryBench.Run(args[1..]);

Options options;
try { options = Options.Parse(args); }
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(Options.Usage);
    return 2;
}
return BenchmarkRun.Run(options);
