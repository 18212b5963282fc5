using System;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using CwLogs.Emulator.Hosting;
using CwLogs.Emulator.Operations;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CwLogs.Emulator;

/// <summary>
/// A local CloudWatch Logs endpoint on 127.0.0.1 speaking the JSON 1.1 protocol, with
/// in-memory data, fault injection and a journal of received calls.
/// </summary>
public sealed class EmulatorServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly LogStore _store;
    private int _disposed;

    private EmulatorServer(WebApplication app, LogStore store, EmulatorFaults faults, RequestJournal journal, Uri endpoint)
    {
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

    /// <summary>Binds 127.0.0.1 only; port 0 picks a free port.</summary>
    public static async Task<EmulatorServer> StartAsync(int port = 0, CancellationToken ct = default)
    {
        if (port is < 0 or > 65535) throw new ArgumentOutOfRangeException(nameof(port));

        var store = new LogStore();
        var faults = new EmulatorFaults();
        var journal = new RequestJournal();

        // Slim builder: no appsettings/launch profiles, so the emulator behaves the same wherever it is hosted.
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<IHostLifetime, PassiveHostLifetime>();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            kestrel.Limits.MaxRequestBodySize = 64 * 1024 * 1024; // a full 1 MB batch is ~1.3 MB of JSON
        });

        WebApplication app = builder.Build();
        var pipeline = new AwsJsonPipeline(new OperationRegistry(store, faults), faults, journal, TimeProvider.System,
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
        try
        {
            await app.StartAsync(ct);
        }
        catch
        {
            await app.DisposeAsync(); // e.g. the port is taken: release what the host already built
            throw;
        }

        string address = app.Services.GetRequiredService<IServer>().Features
            .GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var endpoint = new Uri(address.TrimEnd('/') + "/");
        server = new EmulatorServer(app, store, faults, journal, endpoint);
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
        // A short grace period: tests may leave slow (latency) calls behind.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await _app.StopAsync(timeout.Token);
        }
        finally
        {
            await _app.DisposeAsync();
        }
    }
}
