using System;
using System.Diagnostics;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using CwLogs.Emulator.Tests.Infrastructure;
using Xunit;

namespace CwLogs.Emulator.Tests.Hosting;

/// <summary>The emulator as a standalone process (what <c>dotnet run --project tests/CwLogs.Emulator</c> starts).</summary>
public sealed class StandaloneProgramTests
{
    [Fact]
    public async Task PrintsListeningLine_AndServesRequests()
    {
        int port = Ports.Free();
        using Process process = StartEmulator("--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            string? line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));

            Assert.Equal($"CwLogs emulator listening on http://127.0.0.1:{port}/", line);
            using var api = new LogsApi(new Uri($"http://127.0.0.1:{port}/"));
            await api.OkAsync("CreateLogGroup", new { logGroupName = "standalone" });
            Assert.Single((await api.OkAsync("DescribeLogGroups"))["logGroups"]!.AsArray());
        }
        finally
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task Canned_PrintsTheSameListeningLine_OnAFreePort_AndServesCannedPages()
    {
        using Process process = StartEmulator("--canned", "--port", "0");
        try
        {
            string? line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));

            Match listening = Regex.Match(line ?? "", "^CwLogs emulator listening on (http://127\\.0\\.0\\.1:[1-9][0-9]*/)$");
            Assert.True(listening.Success, $"first line: {line}");
            using var api = new LogsApi(new Uri(listening.Groups[1].Value));
            var page = await api.OkAsync("GetLogEvents", new { logGroupName = "g", logStreamName = "events-3", startFromHead = true });
            Assert.Equal(3, page["events"]!.AsArray().Count);
        }
        finally
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task InvalidPort_ExitsWithUsage()
    {
        using Process process = StartEmulator("--port", "not-a-port");

        string error = await process.StandardError.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync();

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("Invalid port", error);
    }

    private static Process StartEmulator(params string[] args)
    {
        // The referenced emulator project is copied next to the test assembly.
        string dll = Path.Combine(AppContext.BaseDirectory, "CwLogs.Emulator.dll");
        // The test host itself usually runs under the dotnet muxer; reuse it rather than relying on PATH.
        string? current = Environment.ProcessPath;
        string dotnet = current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (string arg in args) start.ArgumentList.Add(arg);
        return Process.Start(start) ?? throw new InvalidOperationException("could not start the emulator");
    }
}
