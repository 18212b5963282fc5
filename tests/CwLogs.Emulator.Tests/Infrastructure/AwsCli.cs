using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace CwLogs.Emulator.Tests.Infrastructure;

/// <summary>
/// Runs the real AWS CLI v2 against an endpoint, isolated from the machine's AWS setup:
/// fixed dummy keys, empty config/credentials files, no IMDS, no pager, JSON output.
/// Reusable by any test project that needs CLI interop.
/// </summary>
public sealed class AwsCli : IDisposable
{
    public const string DefaultPath = "/usr/bin/aws";
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly string _path;
    private readonly string _configFile;
    private readonly string _credentialsFile;

    public AwsCli(Uri endpoint, string region = "us-east-2", string path = DefaultPath)
    {
        Endpoint = endpoint;
        Region = region;
        _path = path;
        _configFile = Path.GetTempFileName();
        _credentialsFile = Path.GetTempFileName();
    }

    public Uri Endpoint { get; }

    public string Region { get; }

    /// <summary>Runs <c>aws ARGS --endpoint-url ... --region ... --output json --no-cli-pager</c>.</summary>
    /// <exception cref="InvalidOperationException">The CLI is not installed (tests must fail, not skip).</exception>
    /// <exception cref="TimeoutException">The CLI ran longer than <see cref="Timeout"/>; it is killed.</exception>
    public async Task<CliResult> RunAsync(params string[] args)
    {
        if (!File.Exists(_path))
        {
            throw new InvalidOperationException(
                $"AWS CLI v2 not found at {_path}. Install it with: apt-get update && apt-get install -y awscli");
        }

        ProcessStartInfo start = StartInfo(args);
        using var process = new Process { StartInfo = start };
        process.Start();
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"aws {string.Join(' ', args)} did not finish within {Timeout.TotalSeconds} s.");
        }
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    public void Dispose()
    {
        File.Delete(_configFile);
        File.Delete(_credentialsFile);
    }

    private ProcessStartInfo StartInfo(IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(_path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in args) start.ArgumentList.Add(arg);
        foreach (string arg in new[] { "--endpoint-url", Endpoint.ToString().TrimEnd('/'), "--region", Region, "--output", "json", "--no-cli-pager" })
            start.ArgumentList.Add(arg);

        // Nothing from the developer's own AWS setup may leak in (profiles, regions, session tokens).
        foreach (string name in start.Environment.Keys.Where(k => k.StartsWith("AWS_", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(name);
        start.Environment["AWS_ACCESS_KEY_ID"] = SigV4Headers.AccessKeyId;
        start.Environment["AWS_SECRET_ACCESS_KEY"] = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
        start.Environment["AWS_EC2_METADATA_DISABLED"] = "true";
        start.Environment["AWS_CONFIG_FILE"] = _configFile;
        start.Environment["AWS_SHARED_CREDENTIALS_FILE"] = _credentialsFile;
        start.Environment["AWS_PAGER"] = "";
        return start;
    }
}

/// <summary>Outcome of one CLI run.</summary>
public sealed record CliResult(int ExitCode, string StdOut, string StdErr)
{
    /// <summary>stdout parsed as JSON (commands without output print nothing: null).</summary>
    public JsonNode? Json => string.IsNullOrWhiteSpace(StdOut) ? null : JsonNode.Parse(StdOut);

    public override string ToString() => $"exit {ExitCode}\nstdout: {StdOut}\nstderr: {StdErr}";
}
