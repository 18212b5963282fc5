using CwLogs.PowerShell.Tests.Infrastructure;
using Xunit;

namespace CwLogs.PowerShell.Tests;

/// <summary>Write-CwLogEvent: input forms, batching by the service limits, rejections, -CreateMissing, -PassThru.</summary>
public sealed class WriteEventTests : PsTest
{
    public WriteEventTests(EmulatorFixture fixture) : base(fixture) { }

    [Fact]
    public void TenThousandAndOneEventsGoInTwoCalls()
    {
        RunClean("New-CwLogGroup w-many; New-CwLogStream w-many s");
        var result = RunClean("1..10001 | ForEach-Object { \"event $_\" } | Write-CwLogEvent w-many s -PassThru");

        Assert.Equal(2, Emulator.Journal.Count("PutLogEvents"));
        Assert.Equal(new object[] { 10000, 1 }, result.Output.Select(o => o.Properties["EventCount"].Value).ToArray());
        var count = RunClean("@(Get-CwLogEvent w-many s).Count").Output.Single().BaseObject;
        Assert.Equal(10001, count);
    }

    [Fact]
    public void AnOversizeEventIsAnErrorAndTheOthersStillGo()
    {
        RunClean("New-CwLogGroup w-big; New-CwLogStream w-big s");
        var result = Run("'before', ('x' * 1048551), 'after' | Write-CwLogEvent w-big s");

        var error = Assert.Single(result.Errors);
        Assert.Equal("InvalidLogEvent,CwLogs.Commands.WriteCwLogEventCommand", error.FullyQualifiedErrorId);
        var messages = RunClean("Get-CwLogEvent w-big s | ForEach-Object Message").Output.Select(o => o.BaseObject).ToArray();
        Assert.Equal(new object[] { "before", "after" }, messages);
    }

    [Fact]
    public void RejectedEventsProduceAWarningWithCounts()
    {
        RunClean("New-CwLogGroup w-old; New-CwLogStream w-old s");
        var result = RunClean(@"
[pscustomobject]@{ Message = 'too old'; Timestamp = '337h' },
[pscustomobject]@{ Message = 'just in time'; Timestamp = '335h' } | Write-CwLogEvent w-old s -PassThru");

        var warning = Assert.Single(result.Warnings);
        Assert.Contains("rejected 1 of 2", warning);
        Assert.Contains("1 too old", warning);
        var batch = Assert.Single(result.Output);
        Assert.Equal(1, batch.Properties["AcceptedCount"].Value);
        Assert.Equal(1, batch.Properties["TooOldCount"].Value);
    }

    [Fact]
    public void EventsMoreThanADayApartGoInSeparateCalls()
    {
        RunClean("New-CwLogGroup w-span; New-CwLogStream w-span s");
        var result = RunClean("[pscustomobject]@{ Message = 'a'; Timestamp = '3d' }, [pscustomobject]@{ Message = 'b'; Timestamp = '1m' } | Write-CwLogEvent w-span s -PassThru");
        Assert.Equal(2, result.Output.Count);
        Assert.Equal(2, Emulator.Journal.Count("PutLogEvents"));
    }

    [Fact]
    public void ObjectsBringTheirOwnTimestampsAndAreSentInTimeOrder()
    {
        RunClean("New-CwLogGroup w-obj; New-CwLogStream w-obj s");
        RunClean(@"
[pscustomobject]@{ Message = 'second'; Timestamp = '1h' },
[pscustomobject]@{ Message = 'first'; Timestamp = '2h ago' },
[pscustomobject]@{ Message = 'third'; Timestamp = [datetime]::UtcNow.AddMinutes(-5) } | Write-CwLogEvent w-obj s");

        var result = RunClean("Get-CwLogEvent w-obj s");
        Assert.Equal(new object[] { "first", "second", "third" }, result.Output.Select(o => o.Properties["Message"].Value).ToArray());
        var firstTime = (DateTimeOffset)result.Output[0].Properties["Timestamp"].Value;
        Assert.InRange(DateTimeOffset.UtcNow - firstTime, TimeSpan.FromMinutes(119), TimeSpan.FromMinutes(121));
    }

    [Fact]
    public void MessageAndTimestampParameters()
    {
        RunClean("New-CwLogGroup w-param; New-CwLogStream w-param s");
        var epochMs = DateTimeOffset.UtcNow.AddMinutes(-10).ToUnixTimeMilliseconds();
        RunClean($"Write-CwLogEvent w-param s -Message 'one','two' -Timestamp {epochMs}");
        var result = RunClean("Get-CwLogEvent w-param s");
        Assert.Equal(2, result.Output.Count);
        Assert.All(result.Output, o => Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(epochMs), o.Properties["Timestamp"].Value));
    }

    [Fact]
    public void CreateMissingCreatesTheGroupAndStreamOnce()
    {
        var result = Run("'hello' | Write-CwLogEvent w-new-group w-new-stream");
        Assert.Equal("ResourceNotFound,CwLogs.Commands.WriteCwLogEventCommand", Assert.Single(result.Errors).FullyQualifiedErrorId);

        RunClean("'hello' | Write-CwLogEvent w-new-group w-new-stream -CreateMissing");
        Assert.Equal(1, Emulator.Journal.Count("CreateLogGroup"));
        Assert.Equal("hello", RunClean("Get-CwLogEvent w-new-group w-new-stream").Output.Single().Properties["Message"].Value);
    }

    [Fact]
    public void CreateMissingCreatesOnlyTheStreamWhenTheGroupExists()
    {
        RunClean("New-CwLogGroup w-has-group");
        Emulator.Journal.Clear();
        RunClean("'hi' | Write-CwLogEvent w-has-group w-new-stream -CreateMissing");
        Assert.Equal(0, Emulator.Journal.Count("CreateLogGroup"));
        Assert.Equal(1, Emulator.Journal.Count("CreateLogStream"));
        Assert.Equal("hi", RunClean("Get-CwLogEvent w-has-group w-new-stream").Output.Single().Properties["Message"].Value);
    }

    [Fact]
    public void EventsCopiedBetweenStreamsKeepTheirTimestamps()
    {
        RunClean("New-CwLogGroup w-copy; New-CwLogStream w-copy a; New-CwLogStream w-copy b");
        RunClean("Write-CwLogEvent w-copy a -Message 'm1' -Timestamp '3h'; Write-CwLogEvent w-copy a -Message 'm2' -Timestamp '2h'");
        RunClean("Get-CwLogEvent w-copy a | Write-CwLogEvent w-copy b");
        var source = RunClean("Get-CwLogEvent w-copy a").Output.Select(o => o.Properties["Timestamp"].Value).ToArray();
        var copy = RunClean("Get-CwLogEvent w-copy b").Output.Select(o => o.Properties["Timestamp"].Value).ToArray();
        Assert.Equal(source, copy);
    }
}
