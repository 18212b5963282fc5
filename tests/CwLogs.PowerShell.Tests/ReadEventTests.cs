using CwLogs.PowerShell.Tests.Infrastructure;
using Xunit;

namespace CwLogs.PowerShell.Tests;

/// <summary>Get-CwLogEvent and Find-CwLogEvent: order across pages, -Tail, time ranges, pipeline binding.</summary>
public sealed class ReadEventTests : PsTest
{
    public ReadEventTests(EmulatorFixture fixture) : base(fixture) { }

    private void Seed(string group, string stream, int count)
        => RunClean($@"New-CwLogGroup {group} -ErrorAction SilentlyContinue; New-CwLogStream {group} {stream}
$start = [datetime]::UtcNow.AddMinutes(-{count})
1..{count} | ForEach-Object {{ [pscustomobject]@{{ Message = ""e$_""; Timestamp = $start.AddMinutes($_ - 1) }} }} | Write-CwLogEvent {group} {stream}");

    [Fact]
    public void EventsComeInTimeOrderAcrossPagesAndTheEndOfTheStreamStopsPaging()
    {
        Seed("r-pages", "s", 25);
        Emulator.Journal.Clear();

        var messages = RunClean("Get-CwLogEvent r-pages s -PageSize 10 | ForEach-Object Message").Output.Select(o => (string)o.BaseObject).ToArray();

        Assert.Equal(Enumerable.Range(1, 25).Select(i => "e" + i), messages);
        // 10 + 10 + 5, then one call that hands back the same forward token: the stop signal.
        Assert.Equal(4, Emulator.Journal.Count("GetLogEvents"));
    }

    [Fact]
    public void TailReadsOnlyTheNewestEventsOldestFirst()
    {
        Seed("r-tail", "s", 40);
        Emulator.Journal.Clear();

        var messages = RunClean("Get-CwLogEvent r-tail s -Tail 3 | ForEach-Object Message").Output.Select(o => (string)o.BaseObject).ToArray();

        Assert.Equal(new[] { "e38", "e39", "e40" }, messages);
        Assert.Equal(1, Emulator.Journal.Count("GetLogEvents"));
    }

    [Fact]
    public void TailPagesPastEmptyPagesBeforeTheOldestEventItNeeds()
    {
        // 200 KB messages: the 1 MB response cap holds 5 per page, so -Tail 8 needs a second page.
        RunClean(@"New-CwLogGroup r-tail-empty; New-CwLogStream r-tail-empty s
$start = [datetime]::UtcNow.AddMinutes(-12)
1..12 | ForEach-Object { [pscustomobject]@{ Message = ('e{0:D2} ' -f $_) + ('x' * 200000); Timestamp = $start.AddMinutes($_) } } | Write-CwLogEvent r-tail-empty s");
        Emulator.Faults.EmptyPageNext(2, after: 1);
        Emulator.Journal.Clear();

        var messages = RunClean("Get-CwLogEvent r-tail-empty s -Tail 8 | ForEach-Object { $_.Message.Substring(0, 3) }").Output.Select(o => (string)o.BaseObject).ToArray();

        Assert.Equal(Enumerable.Range(5, 8).Select(i => $"e{i:D2}"), messages);
        Assert.Equal(4, Emulator.Journal.Count("GetLogEvents"));
    }

    [Fact]
    public void TailStartsOverAnEmptyFirstPage()
    {
        Seed("r-tail-first", "s", 5);
        Emulator.Faults.EmptyPageNext(1);

        var messages = RunClean("Get-CwLogEvent r-tail-first s -Tail 2 | ForEach-Object Message").Output.Select(o => (string)o.BaseObject).ToArray();

        Assert.Equal(new[] { "e4", "e5" }, messages);
    }

    [Fact]
    public void StartAndEndTimeBoundTheRead()
    {
        Seed("r-range", "s", 30);
        var messages = RunClean("Get-CwLogEvent r-range s -StartTime 10m -EndTime 5m | ForEach-Object Message").Output.Select(o => (string)o.BaseObject).ToArray();
        Assert.InRange(messages.Length, 4, 6);
        Assert.All(messages, m => Assert.InRange(int.Parse(m.Substring(1)), 20, 26));
    }

    [Fact]
    public void StreamsPipeIntoEventsByPropertyName()
    {
        Seed("r-chain", "a", 2);
        Seed("r-chain", "b", 3);
        var result = RunClean("Get-CwLogGroup -LogGroupName r-chain | Get-CwLogStream | Get-CwLogEvent");
        Assert.Equal(5, result.Output.Count);
        Assert.Equal(new object[] { "a", "a", "b", "b", "b" }, result.Output.Select(o => o.Properties["LogStreamName"].Value).ToArray());
        Assert.All(result.Output, o => Assert.Equal("r-chain", o.Properties["LogGroupName"].Value));
    }

    [Fact]
    public void FindFiltersAcrossStreamsWithEventIds()
    {
        RunClean(@"New-CwLogGroup r-find; New-CwLogStream r-find a; New-CwLogStream r-find b
'ok','ERROR disk full' | Write-CwLogEvent r-find a
'{""level"":""error"",""code"":7}','{""level"":""info""}' | Write-CwLogEvent r-find b");

        var errors = RunClean("Find-CwLogEvent r-find 'ERROR'").Output;
        var json = RunClean("Find-CwLogEvent r-find '{ $.level = \"error\" }' -StartTime 1h").Output;
        var onlyB = RunClean("Get-CwLogStream r-find b | Find-CwLogEvent").Output;

        Assert.Equal("ERROR disk full", Assert.Single(errors).Properties["Message"].Value);
        Assert.Equal("b", Assert.Single(json).Properties["LogStreamName"].Value);
        Assert.Equal(2, onlyB.Count);
        Assert.All(onlyB, o => Assert.False(string.IsNullOrEmpty((string?)o.Properties["EventId"].Value)));
    }

    [Fact]
    public void RetentionPolicyRoundTrip()
    {
        RunClean("New-CwLogGroup r-ret");
        var set = RunClean("Set-CwLogRetentionPolicy r-ret 14 -PassThru").Output.Single();
        Assert.Equal(14, set.Properties["RetentionInDays"].Value);
        RunClean("Remove-CwLogRetentionPolicy r-ret -Force");
        Assert.Null(RunClean("Get-CwLogGroup -LogGroupName r-ret").Output.Single().Properties["RetentionInDays"].Value);
    }
}
