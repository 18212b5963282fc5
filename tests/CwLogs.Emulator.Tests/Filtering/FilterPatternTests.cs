using CwLogs.Emulator.Filtering;
using CwLogs.Emulator.Protocol;
using Xunit;

namespace CwLogs.Emulator.Tests.Filtering;

/// <summary>The filter pattern subset, checked directly against messages.</summary>
public sealed class FilterPatternTests
{
    [Theory]
    // empty = everything
    [InlineData("", "anything", true)]
    [InlineData("   ", "anything", true)]
    // terms: all must appear, case-sensitive
    [InlineData("ERROR", "[ERROR] disk full", true)]
    [InlineData("ERROR", "error: disk full", false)]
    [InlineData("ERROR disk", "ERROR: disk full", true)]
    [InlineData("ERROR memory", "ERROR: disk full", false)]
    // quoted phrases
    [InlineData("\"disk full\"", "ERROR: disk full", true)]
    [InlineData("\"full disk\"", "ERROR: disk full", false)]
    [InlineData("\"status: 500\" GET", "GET /x status: 500", true)]
    // ?a ?b = any of
    [InlineData("?ERROR ?WARN", "WARN low memory", true)]
    [InlineData("?ERROR ?WARN", "INFO fine", false)]
    [InlineData("?\"disk full\" ?oom", "disk full now", true)]
    // -term excludes
    [InlineData("ERROR -retry", "ERROR giving up", true)]
    [InlineData("ERROR -retry", "ERROR will retry", false)]
    [InlineData("-DEBUG", "INFO x", true)]
    // %regex%
    [InlineData("%[0-9]{3} ms%", "took 120 ms", true)]
    [InlineData("%[0-9]{3} ms%", "took 12 ms", false)]
    public void TermPatterns(string pattern, string message, bool expected)
    {
        Assert.Equal(expected, FilterPattern.Parse(pattern).Matches(message));
    }

    [Theory]
    [InlineData("{ $.level = \"ERROR\" }", "{\"level\":\"ERROR\"}", true)]
    [InlineData("{ $.level = \"ERROR\" }", "{\"level\":\"error\"}", false)]
    [InlineData("{ $.level = ERROR }", "{\"level\":\"ERROR\"}", true)]
    [InlineData("{ $.level != \"ERROR\" }", "{\"level\":\"INFO\"}", true)]
    [InlineData("{ $.level != \"ERROR\" }", "{\"level\":\"ERROR\"}", false)]
    [InlineData("{ $.level = \"ERR*\" }", "{\"level\":\"ERROR\"}", true)]
    [InlineData("{ $.n > 5 }", "{\"n\":6}", true)]
    [InlineData("{ $.n > 5 }", "{\"n\":5}", false)]
    [InlineData("{ $.n >= 5 }", "{\"n\":5}", true)]
    [InlineData("{ $.n < 5 }", "{\"n\":4.5}", true)]
    [InlineData("{ $.n <= 5 }", "{\"n\":5.1}", false)]
    [InlineData("{ $.n = 5 }", "{\"n\":5.0}", true)]
    [InlineData("{ $.n != 5 }", "{\"n\":6}", true)]
    [InlineData("{ $.n > 5 }", "{\"n\":\"6\"}", false)]
    [InlineData("{ $.user.id = \"u1\" }", "{\"user\":{\"id\":\"u1\"}}", true)]
    [InlineData("{ $.tags[1] = \"b\" }", "{\"tags\":[\"a\",\"b\"]}", true)]
    [InlineData("{ $.missing = \"x\" }", "{\"level\":\"x\"}", false)]
    [InlineData("{ $.a = 1 && $.b = 2 }", "{\"a\":1,\"b\":2}", true)]
    [InlineData("{ $.a = 1 && $.b = 2 }", "{\"a\":1,\"b\":3}", false)]
    [InlineData("{ $.a = 1 || $.b = 2 }", "{\"a\":0,\"b\":2}", true)]
    [InlineData("{ ($.a = 1 || $.a = 2) && $.b = \"x\" }", "{\"a\":2,\"b\":\"x\"}", true)]
    [InlineData("{ ($.a = 1 || $.a = 2) && $.b = \"x\" }", "{\"a\":3,\"b\":\"x\"}", false)]
    [InlineData("{ $.ok IS TRUE }", "{\"ok\":true}", true)]
    [InlineData("{ $.ok IS FALSE }", "{\"ok\":true}", false)]
    [InlineData("{ $.v IS NULL }", "{\"v\":null}", true)]
    [InlineData("{ $.v EXISTS }", "{\"v\":1}", true)]
    [InlineData("{ $.v NOT EXISTS }", "{\"v\":1}", false)]
    // = * matches any value node, numbers included; wildcards compare a number's text
    [InlineData("{ $.latency = * }", "{\"latency\":120}", true)]
    [InlineData("{ $.latency = * }", "{\"latency\":\"slow\"}", true)]
    [InlineData("{ $.latency = * }", "{\"other\":1}", false)]
    [InlineData("{ $.code = 4* }", "{\"code\":404}", true)]
    [InlineData("{ $.code != 4* }", "{\"code\":500}", true)]
    [InlineData("{ $.level = \"ERROR\" }", "level=ERROR (not JSON)", false)]
    [InlineData("{ $.level = \"ERROR\" }", "{broken json", false)]
    public void JsonPatterns(string pattern, string message, bool expected)
    {
        Assert.Equal(expected, FilterPattern.Parse(pattern).Matches(message));
    }

    [Theory]
    [InlineData("\"unterminated")]
    [InlineData("\"a\"b")]
    [InlineData("ERROR ?")]
    [InlineData("-")]
    [InlineData("%[unclosed%")]
    [InlineData("%unterminated")]
    [InlineData("{ $.a = 1")]
    [InlineData("{ $.a }")]
    [InlineData("{ $.a = }")]
    [InlineData("{ a = 1 }")]
    [InlineData("{ $ = 1 }")]
    [InlineData("{ $.a > \"x\" }")]
    [InlineData("{ $.a = 1 && }")]
    [InlineData("{ ($.a = 1 }")]
    [InlineData("{ $.a = 1 } trailing")]
    [InlineData("{ $.a IS MAYBE }")]
    [InlineData("{ $.a ~ 1 }")]
    public void InvalidPatterns_AreInvalidParameter(string pattern)
    {
        var error = Assert.Throws<ServiceException>(() => FilterPattern.Parse(pattern));

        Assert.Equal("InvalidParameterException", error.ErrorType);
        Assert.Equal(400, error.StatusCode);
    }
}
