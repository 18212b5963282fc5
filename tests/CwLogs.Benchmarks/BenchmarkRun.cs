using CwLogs.Benchmarks.Clients;
using CwLogs.Benchmarks.Infrastructure;
using CwLogs.Benchmarks.Measure;
using CwLogs.Benchmarks.Report;

namespace CwLogs.Benchmarks;

/// <summary>
/// One run: start the canned emulator, measure the chosen figures, print the tables, write markdown and chart.
/// Exits non-zero only when a measurement fails; a missed target is a result, not an error.
/// </summary>
public static class BenchmarkRun
{
    public static int Run(Options options)
    {
        var tempDir = Directory.CreateTempSubdirectory("cwlogs-bench-").FullName;
        var children = new ChildProcesses(ChildEnvironment.Create(tempDir));
        // Ctrl+C, a kill or a closed terminal: end the emulator and any measured process with the runner.
        using var signals = new SignalHandlers(children);
        try
        {
            var paths = RepoPaths.Find();
            using var emulator = CannedEmulator.Start(children, paths.EmulatorDll);
            BenchContext.Progress($"canned emulator at {emulator.Endpoint}");
            var cli = new AwsCli(children, emulator.Endpoint);
            var context = new BenchContext
            {
                Size = options.Size,
                Paths = paths,
                Emulator = emulator,
                Pwsh = new Pwsh(children, paths, emulator.Endpoint),
                Cli = cli,
                Floor = new FloorProcess(children, paths, emulator.Endpoint),
                TempDir = tempDir,
            };
            var info = new RunInfo(Facts(options, children, paths, cli));
            var figures = new (string Name, string Title, Action<BenchContext> Measure)[]
            {
                ("import", "import", StartupFigures.Import),
                ("firstcall", "first call after import", StartupFigures.FirstCall),
                ("read", "read", ThroughputFigures.Read),
                ("search", "search", ThroughputFigures.Search),
                ("write", "write", ThroughputFigures.Write),
                ("stop", "stop", StopFigures.Stop),
            };
            foreach (var (name, title, measure) in figures.Where(f => options.Figures.Contains(f.Name)))
            {
                BenchContext.Progress(title);
                measure(context);
            }
            Notes.Add(context.Results, options.Size);

            Console.WriteLine();
            Console.WriteLine(ReportWriter.Text(info, context.Results));
            string? chartLink = null;
            if (options.Chart is not null)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(options.Chart)!);
                File.WriteAllText(options.Chart, SvgChart.Render(context.Results.Throughputs, "Events per second, higher is better (log scale): CwLogs vs AWS CLI vs floor"));
                chartLink = Path.GetRelativePath(Path.GetDirectoryName(options.Markdown ?? options.Chart)!, options.Chart);
                BenchContext.Progress("chart written to " + options.Chart);
            }
            if (options.Markdown is not null)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(options.Markdown)!);
                File.WriteAllText(options.Markdown, ReportWriter.Markdown(info, context.Results, chartLink));
                BenchContext.Progress("markdown written to " + options.Markdown);
            }
            return 0;
        }
        catch (BenchmarkFailure e)
        {
            Console.Error.WriteLine("benchmark failed: " + e.Message);
            return 1;
        }
        finally
        {
            children.KillAll();
            try { Directory.Delete(tempDir, recursive: true); } catch (IOException) { }
        }
    }

    private static List<(string, string)> Facts(Options options, ChildProcesses children, RepoPaths paths, AwsCli cli)
    {
        var s = options.Size;
        return
        [
            ("Date", DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'")),
            ("Commit", MachineFacts.Commit(children, paths.Root)),
            ("CPU", MachineFacts.Cpu()),
            ("Memory", MachineFacts.Memory()),
            ("OS", MachineFacts.Os()),
            (".NET", System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription),
            ("PowerShell", $"pwsh {paths.PwshVersion} (run as `dotnet pwsh.dll`)"),
            ("AWS CLI", cli.Version()),
            ("Server", "the emulator's canned-page mode (`CwLogs.Emulator --canned`) on loopback: pages served from memory, so the clients' cost dominates"),
            ("Size", $"{s.Name}: read {s.ReadStream}, search {s.SearchGroup}, write {s.WriteCount:N0} messages; " +
                     $"{s.Runs} run(s) per CwLogs/floor figure (median), {s.ImportPairs} import pairs, {s.FirstCallRuns} first calls, {s.StopRuns} Stop() runs"),
        ];
    }
}
