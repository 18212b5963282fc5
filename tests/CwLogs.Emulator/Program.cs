using System;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading.Tasks;

namespace CwLogs.Emulator;

/// <summary>Standalone mode: <c>dotnet run --project tests/CwLogs.Emulator -- --port 4566</c>; runs until Ctrl+C.</summary>
internal static class Program
{
    private const int DefaultPort = 4566;

    private static async Task<int> Main(string[] args)
    {
        if (!TryReadPort(args, out int port, out string? error))
        {
            Console.Error.WriteLine(error);
            Console.Error.WriteLine("Usage: CwLogs.Emulator [--port <0-65535>]   (default 4566, always 127.0.0.1)");
            return 2;
        }

        EmulatorServer server;
        try
        {
            server = await EmulatorServer.StartAsync(port);
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

            Console.WriteLine($"CwLogs emulator listening on {server.Endpoint}");
            await stop.Task;
        }
        return 0;
    }

    private static bool TryReadPort(string[] args, out int port, out string? error)
    {
        port = DefaultPort;
        error = null;
        for (int i = 0; i < args.Length; i++)
        {
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
