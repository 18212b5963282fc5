using CwLogs.PowerShell.Tests.Infrastructure;
using Xunit;

namespace CwLogs.PowerShell.Tests;

/// <summary>-PassThru emits what was created or changed from what is known, with no extra call.</summary>
public sealed class PassThruTests : PsTest
{
    public PassThruTests(EmulatorFixture fixture) : base(fixture) { }

    private int DescribeCalls => Emulator.Journal.Count("DescribeLogGroups") + Emulator.Journal.Count("DescribeLogStreams");

    [Fact]
    public void NewGroupEmitsTheGroupWithoutReadingItBack()
    {
        var group = RunClean("New-CwLogGroup pt-g1 -LogGroupClass INFREQUENT_ACCESS -KmsKeyId 'arn:aws:kms:us-east-2:123456789012:key/k1' -PassThru").Output.Single();

        Assert.Equal(0, DescribeCalls);
        Assert.Equal("pt-g1", group.Properties["LogGroupName"].Value);
        Assert.Equal("INFREQUENT_ACCESS", group.Properties["LogGroupClass"].Value);
        Assert.Equal("arn:aws:kms:us-east-2:123456789012:key/k1", group.Properties["KmsKeyId"].Value);
        Assert.Null(group.Properties["RetentionInDays"].Value);
        Assert.Null(group.Properties["CreationTime"].Value);
    }

    [Fact]
    public void NewGroupWithoutAClassEmitsTheServiceDefault()
    {
        var groups = RunClean("'pt-g2','pt-g3' | New-CwLogGroup -PassThru").Output;
        Assert.Equal(0, DescribeCalls);
        Assert.Equal(new object[] { "pt-g2", "pt-g3" }, groups.Select(g => g.Properties["LogGroupName"].Value).ToArray());
        Assert.All(groups, g => Assert.Equal("STANDARD", g.Properties["LogGroupClass"].Value));
    }

    [Fact]
    public void NewStreamEmitsTheStreamWithoutReadingItBack()
    {
        RunClean("New-CwLogGroup pt-s");
        Emulator.Journal.Clear();
        var stream = RunClean("New-CwLogStream pt-s a -PassThru").Output.Single();
        Assert.Equal(0, DescribeCalls);
        Assert.Equal("pt-s", stream.Properties["LogGroupName"].Value);
        Assert.Equal("a", stream.Properties["LogStreamName"].Value);
    }

    [Fact]
    public void SetRetentionEmitsTheGroupNameAndTheNewRetentionWithoutReadingItBack()
    {
        RunClean("New-CwLogGroup pt-r");
        Emulator.Journal.Clear();
        var group = RunClean("Set-CwLogRetentionPolicy pt-r 30 -PassThru").Output.Single();
        Assert.Equal(0, DescribeCalls);
        Assert.Equal("pt-r", group.Properties["LogGroupName"].Value);
        Assert.Equal(30, group.Properties["RetentionInDays"].Value);
    }

    [Fact]
    public void AnEmptyTagTableSendsNoTags()
    {
        RunClean("New-CwLogGroup pt-notags -Tag @{}");
        Assert.DoesNotContain("\"tags\"", Emulator.Journal.Entries.Single(e => e.Operation == "CreateLogGroup").Body);
    }

    [Fact]
    public void TagsAreSent()
    {
        RunClean("New-CwLogGroup pt-tags -Tag @{ team = 'ops' }");
        Assert.Contains("\"tags\":{\"team\":\"ops\"}", Emulator.Journal.Entries.Single(e => e.Operation == "CreateLogGroup").Body);
    }
}
