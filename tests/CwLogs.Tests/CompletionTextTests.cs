using CwLogs.Infrastructure.Completion;
using Xunit;

namespace CwLogs.Tests;

/// <summary>From the typed word to a service prefix, and from a name to shell text.</summary>
public sealed class CompletionTextTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("app", "app")]
    [InlineData("'my gr", "my gr")]
    [InlineData("\"app\"", "app")]
    [InlineData("prod-*-api", "prod-")]
    [InlineData("a?b", "a")]
    [InlineData("x[ab]", "x")]
    public void Prefix_StopsAtQuotesAndWildcards(string word, string prefix) => Assert.Equal(prefix, CompletionText.Prefix(word));

    [Theory]
    [InlineData("/aws/lambda/my-fn_1.0", "/aws/lambda/my-fn_1.0")]
    [InlineData("web 1", "'web 1'")]
    [InlineData("it's", "'it''s'")]
    [InlineData("#hash", "'#hash'")]
    [InlineData("a$b", "'a$b'")]
    public void Result_QuotesWhatTheShellWouldRead(string name, string text)
    {
        var result = CompletionText.Result(name);
        Assert.Equal(text, result.CompletionText);
        Assert.Equal(name, result.ListItemText);
    }
}
