using CwLogs.Commands;
using CwLogs.Infrastructure.Validation;
using Xunit;

namespace CwLogs.Tests;

/// <summary>Group and stream name wildcards: what is checked, what the service is asked, what matches.</summary>
public sealed class NameWildcardTests
{
    [Theory]
    [InlineData("prod-*", "prod-")]
    [InlineData("/aws/lambda/orders-?", "/aws/lambda/orders-")]
    [InlineData("app-[ab]-*", "app-")]
    [InlineData("*-prod", null)]
    [InlineData("?", null)]
    [InlineData("web`[1`]-*", "web")]
    public void TheServicePrefixIsTheTextBeforeTheFirstWildcard(string pattern, string? prefix)
        => Assert.Equal(prefix, new NameWildcard(pattern).ServicePrefix);

    [Theory]
    [InlineData("prod-*", "prod-eu", true)]
    [InlineData("prod-*", "prod", false)]
    [InlineData("prod-*", "PROD-eu", false)]
    [InlineData("app-[ab]", "app-b", true)]
    [InlineData("app-[ab]", "app-c", false)]
    [InlineData("*-?", "x-1", true)]
    public void MatchingIsCaseSensitiveLikeTheNames(string pattern, string name, bool matches)
        => Assert.Equal(matches, new NameWildcard(pattern).IsMatch(name));

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

    [Theory]
    [InlineData("web-*", true)]
    [InlineData("2026/12/04/[$LATEST]0123", false)]
    [InlineData("web-?", false)]
    [InlineData("web", false)]
    public void OnlyAStarMakesAStreamNameAPattern(string value, bool pattern)
        => Assert.Equal(pattern, NameWildcard.IsLogStreamPattern(value));

    [Theory]
    [InlineData("2026/12/04/[$LATEST]*", "2026/12/04/[$LATEST]0123", false)]
    [InlineData("2026/12/04/`[$LATEST`]*", "2026/12/04/[$LATEST]0123", true)]
    [InlineData("web-?-*", "web-1-a", true)]
    public void InAStreamPatternTheOtherWildcardsWorkToo(string pattern, string name, bool matches)
        => Assert.Equal(matches, new NameWildcard(pattern).IsMatch(name));

    [Theory]
    [InlineData("2026/12/04/[$LATEST]0123")]
    [InlineData("web-*")]
    [InlineData("web-[12]*")]
    public void StreamNamesAndWellFormedStreamPatternsPass(string value)
        => Assert.Null(NameRules.LogStreamNameOrWildcardProblem(value));

    [Theory]
    [InlineData("web-[1*", "Log stream name pattern 'web-[1*' is not valid")]
    [InlineData("a:b*", "Log stream name pattern 'a:b*' is not valid")]
    [InlineData("a:b", "Log stream name 'a:b' is not valid")]
    public void BrokenStreamPatternsAreNamed(string value, string start)
        => Assert.StartsWith(start, NameRules.LogStreamNameOrWildcardProblem(value));
}
