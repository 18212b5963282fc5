using System.Runtime.InteropServices;

namespace CwLogs.Benchmarks.Infrastructure;

/// <summary>
/// On SIGINT (Ctrl+C), SIGTERM or SIGHUP the runner kills every child it started (the emulator above all) before it
/// exits, so no run leaves a server or a pwsh behind.
/// </summary>
public sealed class SignalHandlers : IDisposable
{
    private readonly PosixSignalRegistration[] _registrations;

    public SignalHandlers(ChildProcesses children)
    {
        _registrations = [.. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP }.Select(signal =>
            PosixSignalRegistration.Create(signal, context =>
            {
                context.Cancel = true;
                children.KillAll();
                Console.Error.WriteLine($"interrupted ({context.Signal})");
                Environment.Exit(130);
            }))];
        AppDomain.CurrentDomain.ProcessExit += (_, _) => children.KillAll();
    }

    public void Dispose()
    {
        foreach (var registration in _registrations) registration.Dispose();
    }
}
