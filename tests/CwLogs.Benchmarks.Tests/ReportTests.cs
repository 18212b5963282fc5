using System.Xml.Linq;
using CwLogs.Benchmarks.Infrastructure;
using CwLogs.Benchmarks.Report;
using Xunit;

namespace CwLogs.Benchmarks.Tests;

public class ReportTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Markdown_table_escapes_pipes_in_cells()
    {
        var md = new Table("figure", "context").Add("first call", "`Get-CwLogGroup | Out-Null`").ToMarkdown();
        Assert.Contains("| first call | `Get-CwLogGroup \\| Out-Null` |", md);
    }

    [Fact]
    public void Text_table_aligns_columns()
    {
        var lines = new Table("a", "b").Add("long cell", "x").ToText().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(lines[0].IndexOf('b'), lines[2].IndexOf('x'));
    }

    [Fact]
    public void Chart_is_valid_svg_with_one_labelled_bar_per_client_on_a_log_scale()
    {
        var t = new Throughput("read", new Measurement(1_000_000, 2000, 0), new Measurement(10_000, 2000, 0), new Measurement(1_000_000, 1000, 0), 10);

        var svg = XDocument.Parse(SvgChart.Render([t], "title"));

        var bars = svg.Descendants(Svg + "rect").Where(r => (string?)r.Attribute("height") == "16").ToList();
        Assert.Equal(3, bars.Count);
        var widths = bars.Select(b => double.Parse((string)b.Attribute("width")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        // CwLogs 500k/s, CLI 5k/s, floor 1M/s: log scale puts the CLI's bar far shorter but not 100x shorter.
        Assert.True(widths[1] < widths[0] && widths[0] < widths[2]);
        Assert.True(widths[1] > widths[0] / 100);
        var labels = svg.Descendants(Svg + "text").Select(e => e.Value).ToList();
        Assert.Contains("500k/s", labels);
        Assert.Contains("5k/s", labels);
        Assert.Contains("1M/s", labels);
    }
}
