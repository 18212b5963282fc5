using System.Diagnostics;
using CwLogs.PowerShell.Tests.Infrastructure;
using Xunit;

namespace CwLogs.PowerShell.Tests;

/// <summary>Pages stream: a stopped pipeline sends no more requests, and Ctrl+C cancels the call in flight.</summary>
public sealed class StreamingTests : PsTest
{
    public StreamingTests(EmulatorFixture fixture) : base(fixture) { }

    [Fact]
    public void SelectFirstStopsFurtherRequests()
    {
        RunClean("1..8 | ForEach-Object { New-CwLogGroup \"sf-$_\" }");
        RunClean($"Import-Module -Assembly ([{typeof(SelectFirstCommand).FullName}].Assembly)");
        Emulator.Journal.Clear();

        var result = RunClean("Get-CwLogGroup -LogGroupNamePrefix sf- -PageSize 1 | Select-First 2");

        Assert.Equal(2, result.Output.Count);
        Assert.Equal(2, Emulator.Journal.Count("DescribeLogGroups"));
    }

    [Fact]
    public void AllPagesAreReadWhenNothingStopsThePipeline()
    {
        RunClean("1..7 | ForEach-Object { New-CwLogGroup \"ap-$_\" }");
        Emulator.Journal.Clear();
        var result = RunClean("Get-CwLogGroup -LogGroupNamePrefix ap- -PageSize 2");
        Assert.Equal(7, result.Output.Count);
        Assert.Equal(4, Emulator.Journal.Count("DescribeLogGroups"));
    }

    [Fact]
    public void StopDuringAPaginatedReadReturnsPromptlyAndSendsNothingMore()
    {
        RunClean("New-CwLogGroup stop-1; New-CwLogStream stop-1 s; 1..50 | Write-CwLogEvent stop-1 s");
        Emulator.Journal.Clear();
        Emulator.Faults.Latency = TimeSpan.FromSeconds(10);

        using var shell = System.Management.Automation.PowerShell.Create();
        shell.Runspace = Session.Runspace;
        shell.AddScript("Get-CwLogEvent stop-1 s -PageSize 1");
        var running = shell.BeginInvoke();
        WaitUntil(() => Emulator.Journal.Count("GetLogEvents") >= 1, TimeSpan.FromSeconds(10));

        var clock = Stopwatch.StartNew();
        shell.Stop();
        clock.Stop();
        var sentBeforeStop = Emulator.Journal.Count("GetLogEvents");
        Thread.Sleep(500);

        Assert.True(running.IsCompleted);
        // The call in flight had up to 10 s of latency left; a stop that cancels it does not wait for it.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"Stop took {clock.Elapsed}");
        Assert.Equal(sentBeforeStop, Emulator.Journal.Count("GetLogEvents"));
        Emulator.Faults.Latency = TimeSpan.Zero;
    }

    private static void WaitUntil(Func<bool> condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > timeout) throw new TimeoutException("Condition not reached in " + timeout);
            Thread.Sleep(20);
        }
    }
}
