using CwLogs.PowerShell.Tests.Infrastructure;
using Xunit;

namespace CwLogs.PowerShell.Tests;

/// <summary>The first slice's user story, typed as an admin would, against the emulator.</summary>
public sealed class IssueFlowTests : PsTest
{
    public IssueFlowTests(EmulatorFixture fixture) : base(fixture) { }

    [Fact]
    public void CreateWriteReadFindAndWhatIf()
    {
        var result = RunClean(@"
New-CwLogGroup  -LogGroupName testing -Region us-east-2
New-CwLogStream -LogGroupName testing -LogStreamName testing -Region us-east-2
'Test log message' | Write-CwLogEvent -LogGroupName testing -LogStreamName testing -Region us-east-2
'boom: System.NullReferenceException at Foo' | Write-CwLogEvent -LogGroupName testing -LogStreamName testing -Region us-east-2
$read = Get-CwLogEvent  -LogGroupName testing -LogStreamName testing -StartTime 5m -Region us-east-2
$chain = Get-CwLogGroup -LogGroupNamePrefix test | Get-CwLogStream | Get-CwLogEvent -StartTime 1h
$found = Find-CwLogEvent -LogGroupName testing -FilterPattern '""NullReferenceException""' -StartTime 1d
New-CwLogGroup -LogGroupName tmp-a
New-CwLogGroup -LogGroupName tmp-b
$whatIf = Get-CwLogGroup -LogGroupNamePrefix tmp- | Remove-CwLogGroup -WhatIf
[pscustomobject]@{
    Read = @($read).Count; ReadFirst = $read[0].Message; ReadGroup = $read[0].LogGroupName; ReadStream = $read[0].LogStreamName
    ReadType = $read[0].Timestamp.GetType().Name
    Chain = @($chain).Count
    Found = @($found).Count; FoundMessage = $found[0].Message; FoundId = $found[0].EventId
    TmpLeft = @(Get-CwLogGroup -LogGroupNamePrefix tmp-).Count
}");
        var summary = result.Output.Single();
        Assert.Equal(2, summary.Properties["Read"].Value);
        Assert.Equal("Test log message", summary.Properties["ReadFirst"].Value);
        Assert.Equal("testing", summary.Properties["ReadGroup"].Value);
        Assert.Equal("testing", summary.Properties["ReadStream"].Value);
        Assert.Equal("DateTimeOffset", summary.Properties["ReadType"].Value);
        Assert.Equal(2, summary.Properties["Chain"].Value);
        Assert.Equal(1, summary.Properties["Found"].Value);
        Assert.Contains("NullReferenceException", (string)summary.Properties["FoundMessage"].Value);
        Assert.False(string.IsNullOrEmpty((string?)summary.Properties["FoundId"].Value));
        Assert.Equal(2, summary.Properties["TmpLeft"].Value);
        Assert.Equal(0, Emulator.Journal.Count("DeleteLogGroup"));
    }
}
