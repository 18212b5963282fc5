using System.Collections.Generic;
using CwLogs.Emulator.Filtering;
using CwLogs.Emulator.Protocol;
using Xunit;

namespace CwLogs.Emulator.Tests.Filtering;

/// <summary>Space-delimited patterns ("[ip, user, ..., status_code = 4*, bytes]"), checked directly against messages.</summary>
public sealed class SpaceDelimitedPatternTests
{
    private const string Apache = "127.0.0.1 - frank [10/Oct/2000:13:25:15 -0700] \"GET /index.html HTTP/1.0\" 404 1534";

    [Theory]
    // N names need exactly N fields; [bracketed] and "quoted" fields count as one
    [InlineData("[ip, user, username, timestamp, request, status_code, bytes]", Apache, true)]
    [InlineData("[ip, user, username, timestamp, request, status_code]", Apache, false)]
    [InlineData("[ip, user, username, timestamp, request, status_code, bytes, extra]", Apache, false)]
    // ... stands for any number of fields (none included)
    [InlineData("[..., status_code, bytes]", Apache, true)]
    [InlineData("[ip, user, ..., status_code, bytes]", Apache, true)]
    [InlineData("[ip, user, ...]", Apache, true)]
    [InlineData("[ip, ..., user, username, timestamp, request, status_code, bytes]", Apache, true)]
    [InlineData("[...]", "anything at all", true)]
    // string conditions: = and != with * wildcards, case-sensitive
    [InlineData("[ip, user, username, timestamp, request, status_code = 4*, bytes]", Apache, true)]
    [InlineData("[ip, user, username, timestamp, request, status_code = 5*, bytes]", Apache, false)]
    [InlineData("[ip, user, username = frank, ...]", Apache, true)]
    [InlineData("[ip, user, username = Frank, ...]", Apache, false)]
    [InlineData("[ip, user, username != frank, ...]", Apache, false)]
    [InlineData("[..., request = *html*, status_code = 4*, bytes]", Apache, true)]
    [InlineData("[..., request = \"GET /index.html*\", status_code, bytes]", Apache, true)]
    [InlineData("[..., request = \"GET /other*\", status_code, bytes]", Apache, false)]
    [InlineData("[..., timestamp = 10/Oct/2000*, request, status_code, bytes]", Apache, true)]
    // numeric conditions
    [InlineData("[..., status_code = 404, bytes]", Apache, true)]
    [InlineData("[..., status_code != 404, bytes]", Apache, false)]
    [InlineData("[..., bytes > 1000]", Apache, true)]
    [InlineData("[..., bytes > 1534]", Apache, false)]
    [InlineData("[..., bytes >= 1534]", Apache, true)]
    [InlineData("[..., bytes < 1534.5]", Apache, true)]
    [InlineData("[..., bytes <= 1533]", Apache, false)]
    [InlineData("[..., username > 5, status_code, bytes]", Apache, false)] // not a number: no match
    // && and || between conditions on a field
    [InlineData("[..., status_code = 4* && status_code != 403, bytes]", Apache, true)]
    [InlineData("[..., status_code = 4* && status_code != 404, bytes]", Apache, false)]
    [InlineData("[..., status_code = 403 || status_code = 404, bytes]", Apache, true)]
    [InlineData("[..., status_code = 403 || status_code = 410, bytes]", Apache, false)]
    [InlineData("[..., status_code = 500 || status_code = 4* && status_code != 403, bytes]", Apache, true)]
    // the documentation's OR example
    [InlineData("[w1=ERROR, w2]", "ERROR message", true)]
    [InlineData("[w1=ERROR, w2]", "ERROR WARN message", false)]
    [InlineData("[w1=ERROR || w1=WARN, w2]", "WARN message", true)]
    // runs of spaces are one delimiter; leading and trailing spaces are ignored
    [InlineData("[a, b]", "  one    two  ", true)]
    // regex values
    [InlineData("[..., status_code = %^4[0-9]{2}$%, bytes]", Apache, true)]
    [InlineData("[..., status_code = %^5%, bytes]", Apache, false)]
    public void Matches(string pattern, string message, bool expected)
    {
        Assert.Equal(expected, FilterPattern.Parse(pattern).Match(message).IsMatch);
    }

    [Fact]
    public void NamedFields_AreExtractedWithoutTheirBracketsOrQuotes()
    {
        PatternMatch match = FilterPattern.Parse("[ip, user, username, timestamp, request, status_code, bytes]").Match(Apache);

        Assert.True(match.IsMatch);
        Assert.Equal(new Dictionary<string, string>
        {
            ["$ip"] = "127.0.0.1",
            ["$user"] = "-",
            ["$username"] = "frank",
            ["$timestamp"] = "10/Oct/2000:13:25:15 -0700",
            ["$request"] = "GET /index.html HTTP/1.0",
            ["$status_code"] = "404",
            ["$bytes"] = "1534",
        }, match.ExtractedValues);
    }

    [Fact]
    public void FieldsCoveredByEllipsisOrUnnamed_AreExtractedByPosition()
    {
        // The documentation's example: "..." covers fields 1-4, the empty last entry is field 7.
        PatternMatch match = FilterPattern.Parse("[..., request=*.html*, status_code=4*,]").Match(Apache);

        Assert.True(match.IsMatch);
        Assert.Equal(new Dictionary<string, string>
        {
            ["$1"] = "127.0.0.1",
            ["$2"] = "-",
            ["$3"] = "frank",
            ["$4"] = "10/Oct/2000:13:25:15 -0700",
            ["$request"] = "GET /index.html HTTP/1.0",
            ["$status_code"] = "404",
            ["$7"] = "1534",
        }, match.ExtractedValues);
    }

    [Fact]
    public void NoMatch_ExtractsNothing()
    {
        PatternMatch match = FilterPattern.Parse("[a, b]").Match("one two three");

        Assert.False(match.IsMatch);
        Assert.Empty(match.ExtractedValues);
    }

    [Theory]
    [InlineData("ERROR")]
    [InlineData("{ $.level = \"ERROR\" }")]
    public void TermAndJsonPatterns_ExtractNothing(string pattern)
    {
        PatternMatch match = FilterPattern.Parse(pattern).Match("{\"level\":\"ERROR\"}");

        Assert.True(match.IsMatch);
        Assert.Empty(match.ExtractedValues);
    }

    [Theory]
    [InlineData("[a, b")]
    [InlineData("[]")]
    [InlineData("[a, b] trailing")]
    [InlineData("[a = ]")]
    [InlineData("[a ~ 1]")]
    [InlineData("[a = 1 &&]")]
    [InlineData("[a = 1 && ]")]
    [InlineData("[a > x]")]
    [InlineData("[a = \"unterminated]")]
    [InlineData("[a = %unterminated]")]
    [InlineData("[a = 1 && b = 2, b]")] // a condition may only name its own field
    [InlineData("[a b]")]
    public void InvalidPatterns_AreInvalidParameter(string pattern)
    {
        var error = Assert.Throws<ServiceException>(() => FilterPattern.Parse(pattern));

        Assert.Equal("InvalidParameterException", error.ErrorType);
    }
}
