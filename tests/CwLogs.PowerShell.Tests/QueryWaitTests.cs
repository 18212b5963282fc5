using System.Diagnostics;
using System.Management.Automation;
using CwLogs.PowerShell.Tests.Infrastructure;
using Xunit;

namespace CwLogs.PowerShell.Tests;

/// <summary>
/// Waiting for Logs Insights queries: Ctrl+C (PowerShell.Stop) ends the wait at once and stops the query on the
/// service; the progress bar reports while waiting, completes at the end and is not built under SilentlyContinue.
/// </summary>
public sealed class QueryWaitTests : PsTest
{
    public QueryWaitTests(EmulatorFixture fixture) : base(fixture)
    {
        RunClean("New-CwLogGroup qw; New-CwLogStream qw s; '{\"level\":\"info\"}','{\"level\":\"error\"}' | Write-CwLogEvent qw s");
    }

    [Theory]
    [InlineData("Invoke-CwLogQuery qw 'stats count(*) by level' -StartTime 1h")]
    [InlineData("Start-CwLogQuery qw 'stats count(*)' -StartTime 1h | Get-CwLogQueryResult -Wait")]
    public void StopDuringTheWaitReturnsPromptlyAndStopsTheQuery(string script)
    {
        Emulator.Faults.QueryDuration = TimeSpan.FromMinutes(10);
        try
        {
            using var shell = System.Management.Automation.PowerShell.Create();
            shell.Runspace = Session.Runspace;
            shell.AddScript(script);
            var running = shell.BeginInvoke();
            WaitUntil(() => Emulator.Journal.Count("GetQueryResults") >= 2, TimeSpan.FromSeconds(20));

            var clock = Stopwatch.StartNew();
            shell.Stop();
            clock.Stop();

            Assert.True(running.IsCompleted);
            // A poll pause is at most 2 s and StopQuery takes milliseconds here; 10x that is generous.
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"Stop took {clock.Elapsed}");
            Assert.Equal(1, Emulator.Journal.Count("StopQuery"));
            var status = RunClean("(Get-CwLogQuery -LogGroupName qw).Status").Output.Select(o => o.BaseObject).ToArray();
            Assert.Equal(new object[] { "Cancelled" }, status);
        }
        finally
        {
            Emulator.Faults.QueryDuration = TimeSpan.Zero;
        }
    }

    [Fact]
    public void ProgressReportsWhileWaitingAndCompletesAtTheEnd()
    {
        Emulator.Faults.QueryDuration = TimeSpan.FromMilliseconds(1500);
        try
        {
            using var shell = System.Management.Automation.PowerShell.Create();
            shell.Runspace = Session.Runspace;
            shell.AddScript("$ProgressPreference = 'Continue'; Invoke-CwLogQuery qw 'stats count(*) by level' -StartTime 1h");
            var rows = shell.Invoke();

            Assert.Equal(2, rows.Count);
            var progress = shell.Streams.Progress.ToList();
            Assert.Contains(progress, p => p.RecordType == ProgressRecordType.Processing && p.StatusDescription.Contains("records scanned"));
            Assert.Equal(ProgressRecordType.Completed, progress[^1].RecordType);
        }
        finally
        {
            Emulator.Faults.QueryDuration = TimeSpan.Zero;
        }
    }

    [Fact]
    public void NoProgressUnderSilentlyContinue()
    {
        Emulator.Faults.QueryDuration = TimeSpan.FromMilliseconds(1000);
        try
        {
            using var shell = System.Management.Automation.PowerShell.Create();
            shell.Runspace = Session.Runspace;
            shell.AddScript("$ProgressPreference = 'SilentlyContinue'; Invoke-CwLogQuery qw 'stats count(*) by level' -StartTime 1h");
            var rows = shell.Invoke();

            Assert.Equal(2, rows.Count);
            Assert.True(Emulator.Journal.Count("GetQueryResults") >= 2, "the query was not waited for");
            Assert.Empty(shell.Streams.Progress);
        }
        finally
        {
            Emulator.Faults.QueryDuration = TimeSpan.Zero;
        }
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
