using CwLogs.Emulator.Model;
using Xunit;

namespace CwLogs.Emulator.Tests.Model;

/// <summary>Model patterns are Java regular expressions that must match the whole value.</summary>
public sealed class JavaPatternTests
{
    [Theory]
    [InlineData(@"[\w#+=/:,.@-]*", "arn:aws:logs:us-east-2:123456789012:log-group:/a_b", true)]
    [InlineData(@"[\w#+=/:,.@-]*", "ümlaut", false)] // Java's \w is ASCII
    [InlineData(@"[\w#+=/:,.@-]*", "a:*", false)]
    [InlineData(@"^\d{12}$", "123456789012", true)]
    [InlineData(@"^\d{12}$", "١٢٣٤٥٦٧٨٩٠١٢", false)] // Java's \d is ASCII
    [InlineData(@"^\d{12}$", "123456789012\n", false)]
    [InlineData(@"[\.\-_/#A-Za-z0-9]+", "/aws/lambda/x", true)]
    [InlineData(@"[\.\-_/#A-Za-z0-9]+", "a b", false)] // whole value, not a substring
    [InlineData(@"[^:*]*", "", true)]
    [InlineData(@"^([\p{L}\p{Z}\p{N}_.:/=+\-@]+)$", "Ünïcode key 1", true)]
    public void MatchesTheWholeValue_WithJavasAsciiClasses(string pattern, string value, bool matches)
    {
        Assert.Equal(matches, JavaPattern.Compile(pattern).IsMatch(value));
    }
}
