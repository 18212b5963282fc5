using System;
using System.Buffers;
using System.IO.Pipelines;
using System.Threading;
using System.Threading.Tasks;
using CwLogs.Emulator.Hosting;
using CwLogs.Emulator.Protocol;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CwLogs.Emulator.Canned;

/// <summary>
/// Benchmark-only canned-page mode (<c>CwLogs.Emulator --canned</c>): a JSON 1.1 endpoint whose own cost is close
/// to zero, so a benchmark measures the client. Not faithful: no storage, datasets are defined by names
/// (see <see cref="CannedDatasets"/>), pages are built once and then served as cached bytes.
/// It shares only the host with <see cref="EmulatorServer"/>; the faithful request pipeline is not involved.
/// </summary>
public sealed class CannedServer : IAsyncDisposable
{
    private readonly CannedApi _api = new();
    private WebApplication _app = null!;
    private long _latencyTicks;
    private int _disposed;

    private CannedServer()
    {
    }

    /// <summary>The base address to give clients, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Endpoint { get; private set; } = null!;

    /// <summary>Delay before answering every API call (control requests are never delayed).</summary>
    public TimeSpan Latency
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _latencyTicks));
        set
        {
            if (value < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(value), "Latency cannot be negative.");
            Interlocked.Exchange(ref _latencyTicks, value.Ticks);
        }
    }

    internal PutCounters Puts => _api.Puts;

    /// <summary>Binds 127.0.0.1 only; port 0 picks a free port.</summary>
    public static async Task<CannedServer> StartAsync(int port = 0, CancellationToken ct = default)
    {
        var server = new CannedServer();
        server._app = LoopbackHost.CreateBuilder(port).Build();
        server._app.Run(server.HandleAsync);
        server.Endpoint = await LoopbackHost.StartAsync(server._app, ct);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        await LoopbackHost.StopAsync(_app);
    }

    private Task HandleAsync(HttpContext context) =>
        ControlEndpoint.IsControlRequest(context.Request) ? CannedControl.HandleAsync(context, this) : HandleApiAsync(context);

    private async Task HandleApiAsync(HttpContext context)
    {
        CancellationToken aborted = context.RequestAborted;
        PipeReader bodyReader = context.Request.BodyReader;
        ReadResult read;
        try
        {
            // The whole body, left in Kestrel's buffers: read in place by the JSON readers, never copied.
            while (!(read = await bodyReader.ReadAsync(aborted)).IsCompleted) bodyReader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
            TimeSpan latency = Latency;
            if (latency > TimeSpan.Zero) await Task.Delay(latency, aborted);
        }
        catch (Exception) when (aborted.IsCancellationRequested)
        {
            return; // the client gave up; nobody is left to answer
        }

        byte[] answer;
        try
        {
            answer = _api.Answer(context.Request.Headers["X-Amz-Target"], read.Buffer);
        }
        catch (ServiceException error)
        {
            await CannedResponses.WriteErrorAsync(context, error);
            return;
        }
        finally
        {
            bodyReader.AdvanceTo(read.Buffer.End);
        }
        await CannedResponses.WriteAsync(context, answer);
    }
}
