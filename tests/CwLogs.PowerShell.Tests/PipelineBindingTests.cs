using CwLogs.PowerShell.Tests.Infrastructure;
using Xunit;

namespace CwLogs.PowerShell.Tests;

/// <summary>
/// Piped objects bind by property name; one of our objects never turns into a name through its
/// ToString() (a LogGroup's is its name, a LogStream's its stream name, a LogEvent's its message).
/// Plain strings still bind by value where they are the natural input, stream names included
/// (a piped LogGroup is still refused there: see TextOnlyNameAttribute).
/// </summary>
public sealed class PipelineBindingTests : PsTest
{
    public PipelineBindingTests(EmulatorFixture fixture) : base(fixture) { }

    private const string NotBound = "InputObjectMissingMandatory";

    private void GroupWithStream(string group, string stream, string? message = null)
    {
        RunClean($"New-CwLogGroup {group}; New-CwLogStream {group} {stream}");
        if (message is not null) RunClean($"'{message}' | Write-CwLogEvent {group} {stream}");
        Emulator.Journal.Clear();
    }

    [Fact]
    public void RemoveStreamRefusesAPipedGroupInsteadOfDeletingTheStreamNamedLikeIt()
    {
        GroupWithStream("pb-rs", "pb-rs");

        var result = Run("Get-CwLogGroup -LogGroupName pb-rs | Remove-CwLogStream -Force");

        Assert.StartsWith(NotBound, Assert.Single(result.Errors).FullyQualifiedErrorId);
        Assert.Equal(0, Emulator.Journal.Count("DeleteLogStream"));
    }

    [Fact]
    public void RemoveStreamTakesPipedStreamsByPropertyName()
    {
        GroupWithStream("pb-rs2", "a");
        RunClean("Get-CwLogStream pb-rs2 | Remove-CwLogStream -Force");
        Assert.Equal(1, Emulator.Journal.Count("DeleteLogStream"));
        Assert.Empty(RunClean("Get-CwLogStream pb-rs2").Output);
    }

    [Fact]
    public void NewStreamRefusesAPipedGroup()
    {
        RunClean("New-CwLogGroup pb-ns");
        Emulator.Journal.Clear();

        var result = Run("Get-CwLogGroup -LogGroupName pb-ns | New-CwLogStream");

        Assert.StartsWith(NotBound, Assert.Single(result.Errors).FullyQualifiedErrorId);
        Assert.Equal(0, Emulator.Journal.Count("CreateLogStream"));
    }

    [Fact]
    public void StreamChangesTakeStringsByValueAsStreamNames()
    {
        RunClean("New-CwLogGroup pb-ns3");
        RunClean("'a','b' | New-CwLogStream -LogGroupName pb-ns3");
        Assert.Equal(2, Emulator.Journal.Count("CreateLogStream"));
        RunClean("'a','b' | Remove-CwLogStream -LogGroupName pb-ns3 -Force");
        Assert.Equal(2, Emulator.Journal.Count("DeleteLogStream"));
        Assert.Empty(RunClean("Get-CwLogStream pb-ns3").Output);
    }

    [Fact]
    public void NewStreamTakesObjectsWithBothNames()
    {
        RunClean("New-CwLogGroup pb-ns2");
        RunClean("[pscustomobject]@{ LogGroupName = 'pb-ns2'; LogStreamName = 'from-object' } | New-CwLogStream");
        Assert.Equal("from-object", RunClean("Get-CwLogStream pb-ns2").Output.Single().Properties["LogStreamName"].Value);
    }

    [Fact]
    public void GetEventRefusesAPipedGroup()
    {
        GroupWithStream("pb-ge", "pb-ge", "hello");

        var result = Run("Get-CwLogGroup -LogGroupName pb-ge | Get-CwLogEvent");

        Assert.StartsWith(NotBound, Assert.Single(result.Errors).FullyQualifiedErrorId);
        Assert.Equal(0, Emulator.Journal.Count("GetLogEvents"));
    }

    [Fact]
    public void GetEventReadsThePipedEventsStream()
    {
        GroupWithStream("pb-ge2", "s", "only");
        var result = RunClean("Get-CwLogEvent pb-ge2 s | Get-CwLogEvent");
        Assert.Equal("only", result.Output.Single().Properties["Message"].Value);
    }

    [Fact]
    public void FindEventTakesTheGroupOfAPipedEventNotItsMessage()
    {
        GroupWithStream("pb-fe", "s", "pb-fe-message");
        var result = RunClean("Get-CwLogEvent pb-fe s | Find-CwLogEvent");
        Assert.Equal("pb-fe", result.Output.Single().Properties["LogGroupName"].Value);
        Assert.Contains("\"logGroupName\":\"pb-fe\"", Emulator.Journal.Entries.Single(e => e.Operation == "FilterLogEvents").Body);
    }

    [Fact]
    public void GetGroupTakesTheGroupOfAPipedStreamNotTheStreamName()
    {
        GroupWithStream("pb-gg", "pb-gg-stream");
        var result = RunClean("Get-CwLogStream pb-gg | Get-CwLogGroup");
        Assert.Equal("pb-gg", result.Output.Single().Properties["LogGroupName"].Value);
    }

    [Fact]
    public void GetStreamTakesTheGroupOfAPipedEventNotItsMessage()
    {
        GroupWithStream("pb-gs", "s", "pb-gs-message");
        var result = RunClean("Get-CwLogEvent pb-gs s | Get-CwLogStream");
        Assert.Equal("s", result.Output.Single().Properties["LogStreamName"].Value);
    }

    [Fact]
    public void NewGroupTakesStringsByValueAndTheGroupOfAPipedStream()
    {
        RunClean("'pb-ng-1','pb-ng-2' | New-CwLogGroup");
        GroupWithStream("pb-ng-src", "pb-ng-stream");
        // The stream's group exists already: the create is for that group, not for a group named after the stream.
        var result = Run("Get-CwLogStream pb-ng-src | New-CwLogGroup");
        Assert.StartsWith("ResourceAlreadyExists", Assert.Single(result.Errors).FullyQualifiedErrorId);
        Assert.Contains("\"logGroupName\":\"pb-ng-src\"", Emulator.Journal.Entries.Single(e => e.Operation == "CreateLogGroup").Body);
        Assert.Equal(2, RunClean("Get-CwLogGroup 'pb-ng-?'").Output.Count);
    }

    [Theory]
    [InlineData("Set-CwLogRetentionPolicy -RetentionInDays 7", "PutRetentionPolicy")]
    [InlineData("Remove-CwLogRetentionPolicy -Force", "DeleteRetentionPolicy")]
    [InlineData("Remove-CwLogGroup -Force", "DeleteLogGroup")]
    public void GroupChangesTargetTheGroupOfAPipedStream(string command, string operation)
    {
        GroupWithStream("pb-gc", "pb-gc-stream");
        RunClean($"Get-CwLogStream pb-gc | {command}");
        Assert.Contains("\"logGroupName\":\"pb-gc\"", Emulator.Journal.Entries.Single(e => e.Operation == operation).Body);
    }

    [Fact]
    public void GroupChangesTakeStringsByValue()
    {
        RunClean("New-CwLogGroup pb-str-1, pb-str-2");
        RunClean("'pb-str-1','pb-str-2' | Set-CwLogRetentionPolicy -RetentionInDays 7");
        RunClean("'pb-str-1','pb-str-2' | Remove-CwLogRetentionPolicy -Force");
        RunClean("'pb-str-1','pb-str-2' | Remove-CwLogGroup -Force");
        Assert.Equal(2, Emulator.Journal.Count("PutRetentionPolicy"));
        Assert.Equal(2, Emulator.Journal.Count("DeleteRetentionPolicy"));
        Assert.Equal(2, Emulator.Journal.Count("DeleteLogGroup"));
    }

    [Fact]
    public void WriteEventTakesStringsAsMessagesAndAnEventsOwnMessage()
    {
        GroupWithStream("pb-we", "s", "original");
        RunClean("Get-CwLogEvent pb-we s | Write-CwLogEvent pb-we s");
        Assert.Equal(new object[] { "original", "original" },
            RunClean("Get-CwLogEvent pb-we s").Output.Select(o => o.Properties["Message"].Value).ToArray());
    }
}
