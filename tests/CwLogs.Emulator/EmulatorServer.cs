using System;
using System.Threading;
using System.Threading.Tasks;
using CwLogs.Emulator.Hosting;
using CwLogs.Emulator.Operations;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CwLogs.Emulator;

/// <summary>
/// A local CloudWatch Logs endpoint on 127.0.0.1 speaking the JSON 1.1 protocol, with
/// in-memory data, fault injection and a journal of received calls.
/// </summary>
public sealed class EmulatorServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly LogStores _store;
    private int _disposed;

    private EmulatorServer(WebApplication app, LogStores store, EmulatorFaults faults, RequestJournal journal, Insights.EvaluationProbe probe, Uri endpoint)
    {
        QueryProbe = probe;
        _app = app;
        _store = store;
        Faults = faults;
        Journal = journal;
        Endpoint = endpoint;
    }

    /// <summary>The base address to give clients, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Endpoint { get; }

    public EmulatorFaults Faults { get; }

    public RequestJournal Journal { get; }

    /// <summary>Test hook: called for each event an Insights query evaluates.</summary>
    internal Insights.EvaluationProbe QueryProbe { get; }

    /// <summary>Binds 127.0.0.1 only; port 0 picks a free port.</summary>
    public static async Task<EmulatorServer> StartAsync(int port = 0, CancellationToken ct = default)
    {
        var store = new LogStores();
        var faults = new EmulatorFaults();
        var journal = new RequestJournal();
        var probe = new Insights.EvaluationProbe();

        WebApplication app = LoopbackHost.CreateBuilder(port).Build();
        var pipeline = new AwsJsonPipeline(new OperationRegistry(store, faults, probe), faults, journal, TimeProvider.System,
            app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CwLogs.Emulator"));
        EmulatorServer? server = null; // set once started; control requests cannot arrive before that
        app.Use(async (context, next) =>
        {
            // Control first: a bodiless POST from Invoke-RestMethod carries the form content type STS uses.
            if (ControlEndpoint.IsControlRequest(context.Request)) await ControlEndpoint.HandleAsync(context, server!);
            else if (Sts.AssumeRoleEndpoint.IsStsRequest(context.Request)) await Sts.AssumeRoleEndpoint.HandleAsync(context, journal, faults);
            else await next(context);
        });
        app.Run(pipeline.HandleAsync);
        Uri endpoint = await LoopbackHost.StartAsync(app, ct);
        server = new EmulatorServer(app, store, faults, journal, probe, endpoint);
        return server;
    }

    /// <summary>Clears all data, armed faults (and latency) and the journal.</summary>
    public void Reset()
    {
        _store.Clear();
        Faults.Clear();
        Journal.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        await LoopbackHost.StopAsync(_app);
    }
}
