using System;
using System.Threading.Tasks;
using CwLogs.Emulator.Tests.Infrastructure;
using Xunit;

namespace CwLogs.Emulator.Tests.Cli;

/// <summary>The AwsCli helper itself: a missing CLI must fail loudly, and runs are isolated from the host's AWS setup.</summary>
public sealed class AwsCliHelperTests
{
    [Fact]
    public async Task MissingCli_FailsWithInstallHint()
    {
        using var cli = new AwsCli(new Uri("http://127.0.0.1:1/"), path: "/nonexistent/aws");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => cli.RunAsync("--version"));

        Assert.Contains("/nonexistent/aws", error.Message);
        Assert.Contains("apt-get install -y awscli", error.Message);
    }

    [Fact]
    public async Task InstalledCli_IsVersion2()
    {
        using var cli = new AwsCli(new Uri("http://127.0.0.1:1/"));

        CliResult result = await cli.RunAsync("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("aws-cli/2.", result.StdOut + result.StdErr);
    }
}
