using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace CwLogs.Emulator.Hosting;

/// <summary>
/// Replaces the console lifetime so an emulator embedded in a test run never hooks Ctrl+C
/// or prints host banners; whoever owns the <see cref="EmulatorServer"/> decides when it stops.
/// </summary>
internal sealed class PassiveHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
