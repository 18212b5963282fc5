using System.Management.Automation;
using CwLogs.PowerShell.Tests.Infrastructure;
using Xunit;

namespace CwLogs.PowerShell.Tests;

/// <summary>Service errors per item are non-terminating records; bad input is refused before any call.</summary>
public sealed class ErrorRecordTests : PsTest
{
    public ErrorRecordTests(EmulatorFixture fixture) : base(fixture) { }

    [Fact]
    public void MissingGroupIsOneNonTerminatingErrorAndTheRestStillRuns()
    {
        RunClean("New-CwLogGroup exists-1; New-CwLogStream exists-1 s1");
        var result = Run("'missing-1','exists-1' | Get-CwLogStream");

        var error = Assert.Single(result.Errors);
        Assert.Equal("ResourceNotFound,CwLogs.Commands.GetCwLogStreamCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal("missing-1", error.TargetObject);
        Assert.Contains("missing-1", error.ErrorDetails.Message);
        var stream = Assert.Single(result.Output);
        Assert.Equal("s1", stream.Properties["LogStreamName"].Value);
        Assert.Equal("exists-1", stream.Properties["LogGroupName"].Value);
    }

    [Fact]
    public void OneBadNameInAPipelineOfDeletesDoesNotStopTheOthers()
    {
        RunClean("New-CwLogGroup del-1, del-2");
        var result = Run("'del-1','nope-9','del-2' | Remove-CwLogGroup -Force");

        var error = Assert.Single(result.Errors);
        Assert.Equal("ResourceNotFound,CwLogs.Commands.RemoveCwLogGroupCommand", error.FullyQualifiedErrorId);
        Assert.Equal("nope-9", error.TargetObject);
        Assert.Empty(RunClean("Get-CwLogGroup -LogGroupNamePrefix del-").Output);
    }

    [Fact]
    public void CreatingAnExistingGroupReportsResourceExists()
    {
        RunClean("New-CwLogGroup twice-1");
        var error = Assert.Single(Run("New-CwLogGroup twice-1").Errors);
        Assert.Equal("ResourceAlreadyExists,CwLogs.Commands.NewCwLogGroupCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ResourceExists, error.CategoryInfo.Category);
    }

    [Theory]
    [InlineData("Get-CwLogStream -LogGroupName 'bad name!'", "ParameterArgumentValidationError")]
    [InlineData("Get-CwLogGroup -LogGroupNamePrefix 'bad prefix!'", "ParameterArgumentValidationError")]
    [InlineData("New-CwLogStream -LogGroupName g -LogStreamName 'a:b'", "ParameterArgumentValidationError")]
    [InlineData("Set-CwLogRetentionPolicy -LogGroupName g -RetentionInDays 2", "ParameterArgumentValidationError")]
    [InlineData("Get-CwLogEvent -LogGroupName g -LogStreamName s -StartTime yesterdayish", "ParameterArgumentTransformationError")]
    [InlineData("Get-CwLogEvent -LogGroupName g -LogStreamName s -StartTime 1h -EndTime 2h", "EndBeforeStart")]
    [InlineData("Get-CwLogEvent -LogGroupName g -LogStreamName s -StartTime 1700000000000 -EndTime 1700000000000", "EndBeforeStart")]
    [InlineData("Find-CwLogEvent -LogGroupName g -StartTime 1700000000000 -EndTime 1699999999999", "EndBeforeStart")]
    [InlineData("Get-CwLogGroup -LogGroupName g -PageSize 5", "AmbiguousParameterSet")]
    [InlineData("Find-CwLogEvent -LogGroupName g -LogStreamName a -LogStreamNamePrefix b", "StreamNameWithPrefix")]
    [InlineData("Get-CwLogStream -LogGroupName g -LogStreamNamePrefix a -OrderBy LastEventTime", "PrefixWithLastEventTime")]
    [InlineData("Write-CwLogEvent -LogGroupName g -LogStreamName s -Message 'x' -Timestamp 'soon'", "ParameterArgumentTransformationError")]
    public void BadInputIsRejectedBeforeAnyCall(string script, string expectedErrorId)
    {
        var error = Assert.Single(Run(script).Errors);
        Assert.StartsWith(expectedErrorId, error.FullyQualifiedErrorId);
        Assert.Empty(Emulator.Journal.Entries);
    }

    [Fact]
    public void FindAcceptsAWindowWhoseEndEqualsItsStart()
    {
        // FilterLogEvents includes EndTime, so an instant is a valid window; the call is made.
        var result = Run("Find-CwLogEvent -LogGroupName no-such-group -StartTime 1700000000000 -EndTime 1700000000000");
        Assert.Equal("ResourceNotFound,CwLogs.Commands.FindCwLogEventCommand", Assert.Single(result.Errors).FullyQualifiedErrorId);
        Assert.Equal(1, Emulator.Journal.Count("FilterLogEvents"));
    }

    [Fact]
    public void ValidationMessagesSayWhatIsAllowed()
    {
        var error = Assert.Single(Run("Set-CwLogRetentionPolicy -LogGroupName g -RetentionInDays 2").Errors);
        Assert.Contains("3653", error.ToString());
    }
}
