using System.Diagnostics;
using CwLogs.PowerShell.Tests.Infrastructure;
using Xunit;

namespace CwLogs.PowerShell.Tests;

/// <summary>
/// Write-CwLogEvent behind a slow producer (Get-Content -Wait): buffered events go out by age while the
/// upstream command is blocked, background errors reach the pipeline, and Stop sends what is buffered.
/// </summary>
public sealed class WriteSlowProducerTests : PsTest
{
    public WriteSlowProducerTests(EmulatorFixture fixture) : base(fixture)
        => RunClean($"Import-Module -Assembly ([{typeof(WaitTestCommand).FullName}].Assembly)");

    [Fact]
    public void AnEventIsSentWhileTheProducerIsBlockedWithTheDefaultInterval()
    {
        RunClean("New-CwLogGroup sp-default; New-CwLogStream sp-default s");
        using var shell = Background("& { 'a'; Wait-Test 60000; 'b' } | Write-CwLogEvent sp-default s");

        // The default interval is 5 s; the producer sleeps for 60 s after 'a'.
        WaitUntil(() => Emulator.Journal.Count("PutLogEvents") >= 1, TimeSpan.FromSeconds(30));

        var put = Assert.Single(Emulator.Journal.Entries, e => e.Operation == "PutLogEvents");
        Assert.Contains("\"message\":\"a\"", put.Body);
        Assert.DoesNotContain("\"message\":\"b\"", put.Body);
        shell.Stop();
    }

    [Fact]
    public void EachEventOfASlowProducerIsSentBeforeTheNextArrives()
    {
        RunClean("New-CwLogGroup sp-short; New-CwLogStream sp-short s");
        using var shell = Background(
            "& { 'one'; Wait-Test 60000; 'two' } | Write-CwLogEvent sp-short s -FlushInterval 200ms -PassThru");

        WaitUntil(() => Emulator.Journal.Count("PutLogEvents") >= 1, TimeSpan.FromSeconds(10));

        Assert.Contains("\"message\":\"one\"", Emulator.Journal.Entries.Single(e => e.Operation == "PutLogEvents").Body);
        using var reader = new PsSession(Emulator.Endpoint);
        var messages = reader.Run("Get-CwLogEvent sp-short s | ForEach-Object Message").Output.Select(o => o.BaseObject);
        Assert.Equal(new object[] { "one" }, messages);
        shell.Stop();
    }

    [Fact]
    public void ResultsAndErrorsOfBackgroundSendsAreWrittenAtTheNextItem()
    {
        // No such group: the send made while the producer sleeps fails; its error must be on the
        // pipeline by the time the producer's next item has been taken.
        var result = Run(@"
$Error.Clear()
& { 'a'; Wait-Test 1500; 'b'; $global:errorsWhenBWasTaken = $global:Error.Count } |
    Write-CwLogEvent sp-no-such-group s -FlushInterval 200ms
$global:errorsWhenBWasTaken");

        Assert.Equal(1, result.Output.Single().BaseObject);
        Assert.Equal(2, Emulator.Journal.Count("PutLogEvents"));
        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, e =>
        {
            Assert.Equal("ResourceNotFound,CwLogs.Commands.WriteCwLogEventCommand", e.FullyQualifiedErrorId);
            // The batch's one event, to be piped back into Write-CwLogEvent.
            var events = Assert.IsAssignableFrom<Array>(e.TargetObject);
            Assert.Equal("CwLogs.Model.LogEventToSend", Assert.Single(events.Cast<object>()).GetType().FullName);
        });
    }

    [Fact]
    public void PassThruResultsOfBackgroundSendsComeOutInOrder()
    {
        RunClean("New-CwLogGroup sp-pass; New-CwLogStream sp-pass s");
        var result = RunClean(
            "& { 'a'; Wait-Test 1500; 'b'; 'c' } | Write-CwLogEvent sp-pass s -FlushInterval 200ms -PassThru");

        Assert.Equal(new object[] { 1, 2 }, result.Output.Select(o => o.Properties["EventCount"].Value).ToArray());
    }

    [Fact]
    public void StopSendsWhatIsBuffered()
    {
        RunClean("New-CwLogGroup sp-stop; New-CwLogStream sp-stop s");
        using var produced = new ManualResetEventSlim();
        Session.Runspace.SessionStateProxy.SetVariable("produced", produced);
        using var shell = Background(
            "& { 'x'; 'y'; $produced.Set(); Wait-Test 60000 } | Write-CwLogEvent sp-stop s -FlushInterval 10m");
        Assert.True(produced.Wait(TimeSpan.FromSeconds(10)));
        Assert.Equal(0, Emulator.Journal.Count("PutLogEvents"));

        var clock = Stopwatch.StartNew();
        shell.Stop();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"Stop took {clock.Elapsed}");
        var put = Assert.Single(Emulator.Journal.Entries, e => e.Operation == "PutLogEvents");
        Assert.Contains("\"message\":\"x\"", put.Body);
        Assert.Contains("\"message\":\"y\"", put.Body);
    }

    [Fact]
    public void StopWarnsWithTheCountWhenTheBufferedEventsCannotBeSentInTime()
    {
        RunClean("New-CwLogGroup sp-slow; New-CwLogStream sp-slow s");
        // A stopped pipeline takes no more writes, so the warning goes to the host, as a console shows it.
        var host = new RecordingHost();
        using var console = new PsSession(Emulator.Endpoint, host);
        console.Run($"Import-Module -Assembly ([{typeof(WaitTestCommand).FullName}].Assembly)");
        using var produced = new ManualResetEventSlim();
        console.Runspace.SessionStateProxy.SetVariable("produced", produced);
        using var shell = System.Management.Automation.PowerShell.Create();
        shell.Runspace = console.Runspace;
        shell.AddScript("& { 'x'; 'y'; 'z'; $produced.Set(); Wait-Test 60000 } | Write-CwLogEvent sp-slow s -FlushInterval 10m");
        shell.BeginInvoke();
        Assert.True(produced.Wait(TimeSpan.FromSeconds(10)));
        Emulator.Faults.Latency = TimeSpan.FromSeconds(60);

        var clock = Stopwatch.StartNew();
        shell.Stop();
        clock.Stop();
        Emulator.Faults.Latency = TimeSpan.Zero;

        // The bound on the flush at Stop is a few seconds, far below the emulator's 60 s latency.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"Stop took {clock.Elapsed}");
        Assert.Equal(1, Emulator.Journal.Count("PutLogEvents"));
        var warning = Assert.Single(host.Warnings);
        // The batch was in flight when it was cut: the service may have stored it, so it is not "never sent".
        Assert.StartsWith("Write-CwLogEvent to sp-slow/s ended early", warning);
        Assert.Contains("3 events from ", warning);
        Assert.Contains("were sent but their outcome is unknown", warning);
        Assert.DoesNotContain("never sent", warning);
    }

    [Fact]
    public void InterleavedTimestampsMoreThanADayApartTakeTwoCalls()
    {
        RunClean("New-CwLogGroup sp-mix; New-CwLogStream sp-mix s");
        var result = RunClean(@"
'3d', '1m', '3d', '1m', '3d', '1m' | ForEach-Object -Begin { $i = 0 } -Process {
    [pscustomobject]@{ Message = ""event $i at $_""; Timestamp = $_ }; $i++ } | Write-CwLogEvent sp-mix s -PassThru");

        Assert.Equal(2, Emulator.Journal.Count("PutLogEvents"));
        Assert.Equal(new object[] { 3, 3 }, result.Output.Select(o => o.Properties["EventCount"].Value).ToArray());
        Assert.Equal(6, RunClean("@(Get-CwLogEvent sp-mix s -StartTime 4d).Count").Output.Single().BaseObject);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("00:00:00")]
    public void AFlushIntervalThatIsNotPositiveIsRejectedBeforeAnyCall(string interval)
    {
        var result = Run($"'a' | Write-CwLogEvent sp-bad s -FlushInterval {interval}");

        var error = Assert.Single(result.Errors);
        Assert.Equal("InvalidFlushInterval,CwLogs.Commands.WriteCwLogEventCommand", error.FullyQualifiedErrorId);
        Assert.Empty(Emulator.Journal.Entries);
    }

    [Theory]
    [InlineData("2", "2")]
    [InlineData("1.5", "1.5")]
    [InlineData("500ms", "0.5")]
    [InlineData("1s", "1")]
    [InlineData("'30s'", "30")]
    [InlineData("1m", "60")]
    [InlineData("00:00:03", "3")]
    [InlineData("([timespan]::FromSeconds(4))", "4")]
    public void FlushIntervalTakesSecondsOrATimeSpan(string interval, string expected)
    {
        var result = RunClean($"'a' | Write-CwLogEvent sp-interval s -FlushInterval {interval} -WhatIf -Verbose");

        Assert.Contains(result.Verbose, v => v.Contains($"at most {expected} s after ", StringComparison.Ordinal));
        Assert.Empty(Emulator.Journal.Entries);
    }

    private System.Management.Automation.PowerShell Background(string script)
    {
        var shell = System.Management.Automation.PowerShell.Create();
        shell.Runspace = Session.Runspace;
        shell.AddScript(script);
        shell.BeginInvoke();
        return shell;
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
