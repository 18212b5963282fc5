using System;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CwLogs.Emulator.Hosting;

/// <summary>
/// The Kestrel host both emulator modes run on (the faithful <see cref="EmulatorServer"/> and the benchmark-only
/// <see cref="Canned.CannedServer"/>): 127.0.0.1 only, no configuration files, warnings only, no console lifetime.
/// </summary>
internal static class LoopbackHost
{
    /// <summary>A builder listening on 127.0.0.1:<paramref name="port"/> (0 picks a free port).</summary>
    public static WebApplicationBuilder CreateBuilder(int port)
    {
        if (port is < 0 or > 65535) throw new ArgumentOutOfRangeException(nameof(port));

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
        return builder;
    }

    /// <summary>Starts the app and returns the base address to give clients, e.g. http://127.0.0.1:41234/.</summary>
    public static async Task<Uri> StartAsync(WebApplication app, CancellationToken ct)
    {
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
        return new Uri(address.TrimEnd('/') + "/");
    }

    public static async ValueTask StopAsync(WebApplication app)
    {
        // A short grace period: tests may leave slow (latency) calls behind.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await app.StopAsync(timeout.Token);
        }
        finally
        {
            await app.DisposeAsync();
        }
    }
}
