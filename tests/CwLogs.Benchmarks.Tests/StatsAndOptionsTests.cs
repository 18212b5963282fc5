using CwLogs.Benchmarks.Infrastructure;
using Xunit;

namespace CwLogs.Benchmarks.Tests;

public class StatsAndOptionsTests
{
    [Fact]
    public void Median_of_odd_and_even_counts()
    {
        Assert.Equal(3, Stats.Median([5, 1, 3]));
        Assert.Equal(2.5, Stats.Median([4, 1, 3, 2]));
    }

    [Fact]
    public void Paired_difference_is_the_median_of_per_pair_differences_not_the_difference_of_medians()
    {
        double[] without = [100, 300, 500];
        double[] with = [150, 310, 900];
        // Differences 50, 10, 400: median 50. The medians' difference would be 10.
        Assert.Equal(50, Stats.MedianPairedDifference(without, with));
    }

    [Fact]
    public void Median_run_by_rate_keeps_count_and_time_together()
    {
        var slow = new Measurement(100, 1000, 0);
        var middle = new Measurement(100, 500, 0);
        var fast = new Measurement(100, 100, 0);
        Assert.Same(middle, Stats.MedianByRate([fast, slow, middle]));
    }

    [Fact]
    public void Measurement_lines_are_picked_out_of_other_output()
    {
        var parsed = Measurement.ParseAll("WARNING: something\n{\"count\":3,\"ms\":12.5,\"peakRssBytes\":1048576}\n{\"other\":1}\n");
        var m = Assert.Single(parsed);
        Assert.Equal(new Measurement(3, 12.5, 1048576), m);
        Assert.Equal(240, m.EventsPerSecond);
    }

    [Fact]
    public void Options_parse_size_figures_and_outputs_and_reject_unknown_figures()
    {
        var options = Options.Parse(["--size", "tiny", "--only", "read,stop", "--markdown", "docs/p.md"]);
        Assert.Same(SizeProfile.Tiny, options.Size);
        Assert.Equal(["read", "stop"], options.Figures.Order());
        Assert.EndsWith("docs/p.md", options.Markdown);
        Assert.Null(options.Chart);

        Assert.Throws<ArgumentException>(() => Options.Parse(["--only", "reed"]));
        Assert.Throws<ArgumentException>(() => Options.Parse(["--size", "huge"]));
    }
}
