using System.Management.Automation;
using CwLogs.PowerShell.Tests.Infrastructure;
using Xunit;

namespace CwLogs.PowerShell.Tests;

/// <summary>Get-CwLogGroup: a positional name is exact (or a wildcard), the prefix only by name.</summary>
public sealed class GetLogGroupTests : PsTest
{
    public GetLogGroupTests(EmulatorFixture fixture) : base(fixture) { }

    private string[] Names(string script) => RunClean(script).Output.Select(o => (string)o.Properties["LogGroupName"].Value).ToArray();

    [Fact]
    public void APositionalNameIsExactSoAPipedRemoveDeletesOnlyThatGroup()
    {
        RunClean("New-CwLogGroup gg-prod, gg-prod-eu, gg-production");

        RunClean("Get-CwLogGroup gg-prod | Remove-CwLogGroup -Force");

        Assert.Equal(new[] { "gg-prod-eu", "gg-production" }, Names("Get-CwLogGroup -LogGroupNamePrefix gg-"));
    }

    [Fact]
    public void AWildcardMatchesWithTheLiteralPrefixSentToTheService()
    {
        RunClean("New-CwLogGroup gw-prod-a, gw-prod-b, gw-prodx, gw-test-a");
        Emulator.Journal.Clear();

        Assert.Equal(new[] { "gw-prod-a", "gw-prod-b" }, Names("Get-CwLogGroup 'gw-prod-*'"));
        Assert.Contains("\"logGroupNamePrefix\":\"gw-prod-\"", Emulator.Journal.Entries.Single().Body);
        Assert.Equal(new[] { "gw-prod-a", "gw-test-a" }, Names("Get-CwLogGroup 'gw-*-a'"));
        Assert.Equal(new[] { "gw-prod-a", "gw-prod-b", "gw-test-a" }, Names("Get-CwLogGroup '*w-*-?'"));
        Assert.Equal(new[] { "gw-prod-a", "gw-prod-b" }, Names("Get-CwLogGroup 'gw-prod-[ab]'"));
    }

    [Fact]
    public void AWildcardMatchingNothingIsNoError()
    {
        Assert.Empty(RunClean("Get-CwLogGroup 'gn-none-*'").Output);
    }

    [Fact]
    public void AnExactNameNotFoundIsANonTerminatingObjectNotFound()
    {
        RunClean("New-CwLogGroup gm-there");
        var result = Run("Get-CwLogGroup gm-missing, gm-there");
        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal("gm-missing", error.TargetObject);
        Assert.Equal("gm-there", result.Output.Single().Properties["LogGroupName"].Value);
    }

    [Fact]
    public void ThePrefixIsStillAvailableByNameAndNoArgumentsListsAll()
    {
        RunClean("New-CwLogGroup gp-one, gp-two, other-gp");
        Assert.Equal(new[] { "gp-one", "gp-two" }, Names("Get-CwLogGroup -LogGroupNamePrefix gp-"));
        Assert.Equal(new[] { "gp-one", "gp-two", "other-gp" }, Names("Get-CwLogGroup"));
        Assert.Equal(new[] { "gp-one", "gp-two", "other-gp" }, Names("Get-CwLogGroup -PageSize 1"));
    }

    [Fact]
    public void WildcardsAreValidatedLikeNames()
    {
        var error = Assert.Single(Run("Get-CwLogGroup 'bad name*'").Errors);
        Assert.StartsWith("ParameterArgumentValidationError", error.FullyQualifiedErrorId);
        Assert.Empty(Emulator.Journal.Entries);
    }
}
