using System;
using System.Threading.Tasks;
using CwLogs.Emulator.Tests.Infrastructure;
using Xunit;

namespace CwLogs.Emulator.Tests.Cli;

/// <summary>Base for interop tests with the real AWS CLI v2 (they fail, never skip, when it is missing).</summary>
public abstract class AwsCliTest : EmulatorTest, IDisposable
{
    protected AwsCliTest(EmulatorFixture fixture) : base(fixture)
    {
        Cli = new AwsCli(Server.Endpoint);
    }

    protected AwsCli Cli { get; }

    /// <summary>Runs <c>aws logs ...</c> and asserts success.</summary>
    protected async Task<CliResult> LogsAsync(params string[] args)
    {
        CliResult result = await Cli.RunAsync(Prepend("logs", args));
        Assert.True(result.ExitCode == 0, $"aws logs {string.Join(' ', args)} failed: {result}");
        return result;
    }

    /// <summary>Runs <c>aws logs ...</c> and asserts it failed with the given AWS error.</summary>
    protected async Task<CliResult> LogsFailsAsync(string errorType, params string[] args)
    {
        CliResult result = await Cli.RunAsync(Prepend("logs", args));
        Assert.True(result.ExitCode != 0, $"aws logs {string.Join(' ', args)} should have failed: {result}");
        Assert.Contains($"({errorType})", result.StdErr);
        return result;
    }

    public void Dispose() => Cli.Dispose();

    private static string[] Prepend(string first, string[] rest)
    {
        var all = new string[rest.Length + 1];
        all[0] = first;
        rest.CopyTo(all, 1);
        return all;
    }
}
