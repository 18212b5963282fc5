using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using CwLogs.Emulator.Insights.Commands;
using Xunit;

namespace CwLogs.Emulator.Tests.Insights;

/// <summary>The parse glob matcher finds what the lazy regular expression it replaced finds.</summary>
public sealed class GlobPatternTests
{
    [Theory]
    [InlineData("user=* action=*", "t=1 user=ann action=login", new[] { "ann", "login" })]
    [InlineData("[*] *", "[ERROR] boom [x]", new[] { "ERROR", "boom [x]" })]
    [InlineData("a*b*c", "xa1b2b3c", new[] { "1", "2b3" })]
    [InlineData("a*a", "aaa", new[] { "" })]
    [InlineData("**x", "abx", new[] { "", "ab" })]
    [InlineData("a**", "za1", new[] { "", "1" })]
    [InlineData("*", "", new[] { "" })]
    [InlineData("* *", "a b c", new[] { "a", "b c" })]
    [InlineData("took=*ms", "took=12ms took=7ms", new[] { "12" })]
    [InlineData("* * absent=*", "a b c", null)]
    [InlineData("x*", "yy", null)]
    [InlineData("a*b", "ba", null)]
    public void Match_CapturesWhatTheLazyRegexCaptures(string glob, string message, string[]? expected)
    {
        Assert.Equal(expected, new GlobPattern(glob).Match(message));
        Assert.Equal(expected, LazyRegex(glob, message));
    }

    /// <summary>The former implementation: literals escaped, <c>(.*?)</c> between them, a trailing <c>(.*)</c>.</summary>
    private static string[]? LazyRegex(string glob, string message)
    {
        string[] literals = glob.Split('*');
        var pattern = new StringBuilder();
        for (int i = 0; i < literals.Length; i++)
        {
            pattern.Append(Regex.Escape(literals[i]));
            if (i < literals.Length - 1) pattern.Append(i == literals.Length - 2 && literals[^1].Length == 0 ? "(.*)" : "(.*?)");
        }
        Match match = Regex.Match(message, pattern.ToString(), RegexOptions.Singleline | RegexOptions.CultureInvariant);
        return match.Success ? match.Groups.Cast<Group>().Skip(1).Select(g => g.Value).ToArray() : null;
    }
}
