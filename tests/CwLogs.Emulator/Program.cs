using System;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using CwLogs.Emulator.Canned;

namespace CwLogs.Emulator;

/// <summary>
/// Standalone mode: <c>dotnet run --project tests/CwLogs.Emulator -- --port 4566</c>; runs until Ctrl+C.
/// <c>--canned</c> starts the benchmark-only canned-page server (Canned/) instead of the faithful emulator.
/// </summary>
internal static class Program
{
    private const int DefaultPort = 4566;

    private static async Task<int> Main(string[] args)
    {
        if (!TryReadArguments(args, out int port, out bool canned, out string? error))
        {
            Console.Error.WriteLine(error);
            Console.Error.WriteLine("Usage: CwLogs.Emulator [--port <0-65535>] [--canned]   (default 4566, always 127.0.0.1)");
            return 2;
        }

        IAsyncDisposable server;
        Uri endpoint;
        try
        {
            if (canned)
            {
                CannedServer cannedServer = await CannedServer.StartAsync(port);
                (server, endpoint) = (cannedServer, cannedServer.Endpoint);
            }
            else
            {
                EmulatorServer emulator = await EmulatorServer.StartAsync(port);
                (server, endpoint) = (emulator, emulator.Endpoint);
            }
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"CwLogs emulator could not listen on 127.0.0.1:{port}: {e.Message}");
            return 1;
        }

        await using (server)
        {
            var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            void OnSignal(PosixSignalContext context)
            {
                context.Cancel = true; // we shut down ourselves, cleanly
                stop.TrySetResult();
            }
            using PosixSignalRegistration onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
            using PosixSignalRegistration onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);

            Console.WriteLine($"CwLogs emulator listening on {endpoint}");
            await stop.Task;
        }
        return 0;
    }

    private static bool TryReadArguments(string[] args, out int port, out bool canned, out string? error)
    {
        port = DefaultPort;
        canned = false;
        error = null;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--canned")
            {
                canned = true;
                continue;
            }
            string? value = args[i] switch
            {
                "--port" or "-p" => i + 1 < args.Length ? args[++i] : "",
                _ when args[i].StartsWith("--port=", StringComparison.Ordinal) => args[i].Substring("--port=".Length),
                _ => null,
            };
            if (value is null)
            {
                error = $"Unknown argument '{args[i]}'.";
                return false;
            }
            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port > 65535)
            {
                error = $"Invalid port '{value}'.";
                return false;
            }
        }
        return true;
    }
}
