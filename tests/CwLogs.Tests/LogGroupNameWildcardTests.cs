using CwLogs.Commands;
using CwLogs.Infrastructure.Validation;
using Xunit;

namespace CwLogs.Tests;

/// <summary>Get-CwLogGroup wildcards: what is checked, what the service is asked, what matches.</summary>
public sealed class LogGroupNameWildcardTests
{
    [Theory]
    [InlineData("prod-*", "prod-")]
    [InlineData("/aws/lambda/orders-?", "/aws/lambda/orders-")]
    [InlineData("app-[ab]-*", "app-")]
    [InlineData("*-prod", null)]
    [InlineData("?", null)]
    public void TheServicePrefixIsTheTextBeforeTheFirstWildcard(string pattern, string? prefix)
        => Assert.Equal(prefix, new LogGroupNameWildcard(pattern).ServicePrefix);

    [Theory]
    [InlineData("prod-*", "prod-eu", true)]
    [InlineData("prod-*", "prod", false)]
    [InlineData("prod-*", "PROD-eu", false)]
    [InlineData("app-[ab]", "app-b", true)]
    [InlineData("app-[ab]", "app-c", false)]
    [InlineData("*-?", "x-1", true)]
    public void MatchingIsCaseSensitiveLikeTheNames(string pattern, string name, bool matches)
        => Assert.Equal(matches, new LogGroupNameWildcard(pattern).IsMatch(name));

    [Theory]
    [InlineData("prod")]
    [InlineData("prod-*")]
    [InlineData("/aws/*/x?[0-9]")]
    public void NamesAndWellFormedWildcardsPass(string value)
        => Assert.Null(NameRules.LogGroupNameOrWildcardProblem(value));

    [Theory]
    [InlineData("bad name*", "Log group name pattern 'bad name*' is not valid")]
    [InlineData("prod-[ab", "Log group name pattern 'prod-[ab' is not valid")]
    [InlineData("bad name", "Log group name 'bad name' is not valid")]
    public void OtherCharactersAndBrokenWildcardsAreNamed(string value, string start)
        => Assert.StartsWith(start, NameRules.LogGroupNameOrWildcardProblem(value));
}
