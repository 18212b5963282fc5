using System.Text.RegularExpressions;
using CwLogs.PowerShell.Tests.Infrastructure;
using Xunit;

namespace CwLogs.PowerShell.Tests;

/// <summary>The README's PowerShell blocks run as written (from the repository root; Set-Location is not in this engine package) against the emulator.</summary>
public sealed class ReadmeTests : PsTest
{
    public ReadmeTests(EmulatorFixture fixture) : base(fixture) { }

    private static IReadOnlyList<string> PowerShellBlocks()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        return Regex.Matches(readme, "```powershell\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
    }

    [Fact]
    public void QuickStartRuns()
    {
        var quickStart = PowerShellBlocks()[0];
        // Real AWS is out of reach here; the session's defaults send the same commands to the emulator.
        var result = Run($"$null = $ExecutionContext.SessionState.Path.SetLocation('{RepoPaths.Root}')\n{quickStart}");
        Assert.True(result.Errors.Count == 0, string.Join("\n", result.Errors));
        Assert.Equal(2, Emulator.Journal.Count("CreateLogGroup")); // testing, and app through -CreateMissing
        Assert.Equal(0, Emulator.Journal.Count("DeleteLogGroup"));
    }

    [Fact]
    public void EmulatorWalkthroughRunsInAPlainSession()
    {
        var walkthrough = PowerShellBlocks()[1].Replace("http://127.0.0.1:4566", Emulator.Endpoint.ToString().TrimEnd('/'));
        using var plain = new PsSession(emulatorDefaults: null);
        var result = plain.Run($"$null = $ExecutionContext.SessionState.Path.SetLocation('{RepoPaths.Root}')\n{walkthrough}");
        Assert.True(result.Errors.Count == 0, string.Join("\n", result.Errors));
        Assert.Equal(new object[] { "event 1", "event 2", "event 3" }, result.Output.Select(o => o.Properties["Message"].Value).ToArray());
    }
}
