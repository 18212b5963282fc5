using CwLogs.PowerShell.Tests.Infrastructure;
using Xunit;

namespace CwLogs.PowerShell.Tests;

/// <summary>Choices typed in any case reach the service in its own spelling.</summary>
public sealed class CanonicalValueTests : PsTest
{
    public CanonicalValueTests(EmulatorFixture fixture) : base(fixture) { }

    private string LastBody(string operation) => Emulator.Journal.Entries.Last(e => e.Operation == operation).Body;

    [Fact]
    public void NewGroupSendsTheClassInCapitals()
    {
        RunClean("New-CwLogGroup cv-ia -LogGroupClass infrequent_access");
        Assert.Contains("\"logGroupClass\":\"INFREQUENT_ACCESS\"", LastBody("CreateLogGroup"));
        Assert.Equal("INFREQUENT_ACCESS", RunClean("Get-CwLogGroup cv-ia").Output.Single().Properties["LogGroupClass"].Value);
    }

    [Fact]
    public void GetGroupSendsTheClassInCapitals()
    {
        RunClean("New-CwLogGroup cv-std");
        var names = RunClean("Get-CwLogGroup -LogGroupNamePrefix cv- -LogGroupClass standard").Output;
        Assert.Equal("cv-std", names.Single().Properties["LogGroupName"].Value);
        Assert.Contains("\"logGroupClass\":\"STANDARD\"", LastBody("DescribeLogGroups"));
        Assert.Single(RunClean("Get-CwLogGroup cv-std -LogGroupClass standard").Output);
    }

    [Fact]
    public void GetStreamSendsTheOrderInItsOwnSpelling()
    {
        RunClean("New-CwLogGroup cv-order; New-CwLogStream cv-order a");
        Assert.Single(RunClean("Get-CwLogStream cv-order -OrderBy lasteventtime").Output);
        Assert.Contains("\"orderBy\":\"LastEventTime\"", LastBody("DescribeLogStreams"));
    }

    [Fact]
    public void PrefixWithLastEventTimeIsRefusedInAnySpelling()
    {
        var error = Assert.Single(Run("Get-CwLogStream cv-order -LogStreamNamePrefix a -OrderBy LASTEVENTTIME").Errors);
        Assert.StartsWith("PrefixWithLastEventTime", error.FullyQualifiedErrorId);
        Assert.Empty(Emulator.Journal.Entries);
    }

    [Fact]
    public void AnUnknownChoiceIsRefusedBeforeAnyCall()
    {
        var error = Assert.Single(Run("New-CwLogGroup cv-bad -LogGroupClass cheap").Errors);
        Assert.Contains("STANDARD", error.ToString());
        Assert.Empty(Emulator.Journal.Entries);
    }
}
