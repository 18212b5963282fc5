using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CwLogs.Benchmarks.Infrastructure;

/// <summary>
/// The emulator in canned-page mode (--canned): synthetic datasets, named by their shape, served from cached
/// pages, so the figures measure the clients, not the server. Started on a free port for the run, killed after.
/// </summary>
public sealed partial class CannedEmulator : IDisposable
{
    private readonly ChildProcesses _children;
    private readonly Process _process;
    private readonly HttpClient _control = new();

    public Uri Endpoint { get; }

    private CannedEmulator(ChildProcesses children, Process process, Uri endpoint)
    {
        _children = children;
        _process = process;
        Endpoint = endpoint;
        _control.BaseAddress = endpoint;
    }

    public static CannedEmulator Start(ChildProcesses children, string emulatorDll)
    {
        var (process, endpoint) = StartProcess(children, emulatorDll, "--canned");
        return new CannedEmulator(children, process, endpoint);
    }

    /// <summary>Starts the emulator's build output on a free port (with <paramref name="mode"/> arguments) and reads its endpoint.</summary>
    public static (Process Process, Uri Endpoint) StartProcess(ChildProcesses children, string emulatorDll, params string[] mode)
    {
        var process = children.Start("dotnet", [emulatorDll, .. mode, "--port", "0"]);
        var firstLine = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        // Drain both streams for the whole run so the emulator never blocks on a full pipe.
        _ = Task.Run(async () =>
        {
            firstLine.TrySetResult(await process.StandardOutput.ReadLineAsync());
            while (await process.StandardOutput.ReadLineAsync() is not null) { }
        });
        var stderr = process.StandardError.ReadToEndAsync();
        if (!firstLine.Task.Wait(TimeSpan.FromSeconds(30)) || firstLine.Task.Result is not { } line || ListeningOn().Match(line) is not { Success: true } match)
        {
            children.Kill(process);
            throw new BenchmarkFailure($"the emulator did not report its endpoint: {(stderr.IsCompleted ? stderr.Result : "")}");
        }
        return (process, new Uri(match.Groups[1].Value));
    }

    public void ResetCounters() => Post("_emulator/reset");

    /// <summary>Delays every API call by <paramref name="milliseconds"/> (0 = none).</summary>
    public void SetLatency(int milliseconds) => Post($"_emulator/faults?latencyMs={milliseconds}");

    public (long Calls, long Events) PutStats()
    {
        using var doc = JsonDocument.Parse(_control.GetStringAsync("_emulator/canned/stats").GetAwaiter().GetResult());
        return (doc.RootElement.GetProperty("putCalls").GetInt64(), doc.RootElement.GetProperty("putEvents").GetInt64());
    }

    private void Post(string path)
    {
        using var response = _control.PostAsync(path, null).GetAwaiter().GetResult();
        if (!response.IsSuccessStatusCode) throw new BenchmarkFailure($"emulator control POST /{path}: HTTP {(int)response.StatusCode}");
    }

    public void Dispose()
    {
        _control.Dispose();
        _children.Kill(_process);
        _process.Dispose();
    }

    [GeneratedRegex(@"(http://\S+?/?)\s*$")]
    private static partial Regex ListeningOn();
}
