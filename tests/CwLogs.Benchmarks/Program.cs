using CwLogs.Benchmarks;
using CwLogs.Benchmarks.Floor;
using CwLogs.Benchmarks.Infrastructure;

// `floor ...` is the floor client in its own process (the runner starts it); anything else is the runner.
if (args is ["floor", ..]) return FloorProgram.Run(args[1..]);

Options options;
try { options = Options.Parse(args); }
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(Options.Usage);
    return 2;
}
return BenchmarkRun.Run(options);
