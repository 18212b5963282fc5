using CwLogs.PowerShell.Tests.Infrastructure;
using Xunit;

namespace CwLogs.PowerShell.Tests;

/// <summary>
/// Every time on an output object is a DateTimeOffset in the local offset: it compares with a
/// local DateTime by the instant and goes back into the time parameters as printed.
/// (Other time zones: tests/pester/TimeZones.Tests.ps1 runs pwsh under TZ.)
/// </summary>
public sealed class TimeOutputTests : PsTest
{
    public TimeOutputTests(EmulatorFixture fixture) : base(fixture) { }

    [Fact]
    public void EveryOutputTimeIsALocalDateTimeOffset()
    {
        var result = RunClean(@"
New-CwLogGroup to-types; New-CwLogStream to-types s
$put = 'x' | Write-CwLogEvent to-types s -PassThru
$group = Get-CwLogGroup to-types
$stream = Get-CwLogStream to-types
$read = Get-CwLogEvent to-types s
$found = Find-CwLogEvent to-types
$group.CreationTime; $stream.CreationTime; $stream.FirstEventTimestamp; $stream.LastEventTimestamp; $stream.LastIngestionTime
$read.Timestamp; $read.IngestionTime; $found.Timestamp; $found.IngestionTime; $put.FirstTimestamp; $put.LastTimestamp");

        Assert.Equal(11, result.Output.Count);
        Assert.All(result.Output, o =>
        {
            var time = Assert.IsType<DateTimeOffset>(o.BaseObject);
            Assert.Equal(TimeZoneInfo.Local.GetUtcOffset(time.UtcDateTime), time.Offset);
            Assert.InRange(DateTimeOffset.UtcNow - time, TimeSpan.Zero, TimeSpan.FromMinutes(10));
        });
    }

    [Fact]
    public void WhereObjectAgainstALocalNowCutsAtTheRightInstant()
    {
        RunClean(@"New-CwLogGroup to-where; New-CwLogStream to-where s
[pscustomobject]@{ Message = 'old'; Timestamp = '90m' }, [pscustomobject]@{ Message = 'new'; Timestamp = '10m' } | Write-CwLogEvent to-where s");

        var recent = RunClean("Get-CwLogEvent to-where s | Where-Object Timestamp -gt ([datetime]::Now.AddHours(-1)) | ForEach-Object Message").Output;
        var older = RunClean("Get-CwLogEvent to-where s | Where-Object Timestamp -lt ([datetime]::Now.AddHours(-1)) | ForEach-Object Message").Output;

        Assert.Equal("new", Assert.Single(recent).BaseObject);
        Assert.Equal("old", Assert.Single(older).BaseObject);
    }

    [Fact]
    public void ATimeAsItPrintsGoesBackIntoTheTimeParameters()
    {
        RunClean(@"New-CwLogGroup to-text; New-CwLogStream to-text a; New-CwLogStream to-text b
Write-CwLogEvent to-text a -Message 'm' -Timestamp 1795561700000");

        // The culture's text of a DateTimeOffset, offset included (string expansion; Export-Csv now writes ISO 8601).
        var result = RunClean(@"
$e = Get-CwLogEvent to-text a
[pscustomobject]@{ Message = $e.Message; Timestamp = $e.Timestamp.ToString() } | Write-CwLogEvent to-text b
@(Get-CwLogEvent to-text b -StartTime $e.Timestamp.ToString()).Count
(Get-CwLogEvent to-text b).Timestamp.ToUnixTimeMilliseconds()");

        Assert.Equal(1, result.Output[0].BaseObject);
        Assert.Equal(1795561700000L, result.Output[1].BaseObject);
    }
}
