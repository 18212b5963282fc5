using CwLogs.Formatting;
using Xunit;

namespace CwLogs.Tests;

/// <summary>How the table views show times and sizes.</summary>
public sealed class DisplayTests
{
    [Theory]
    [InlineData(null, null)]
    [InlineData(0L, "0 B")]
    [InlineData(1023L, "1023 B")]
    [InlineData(1024L, "1.0 KB")]
    [InlineData(1536L, "1.5 KB")]
    [InlineData(20L * 1024 * 1024, "20.0 MB")]
    [InlineData(5L * 1024 * 1024 * 1024 * 1024 * 1024 * 1024, "5120.0 PB")]
    public void Bytes(long? bytes, string? shown) => Assert.Equal(shown, Display.Bytes(bytes));

    [Fact]
    public void Time_ShowsTheInstantInLocalTime_FromEitherTimeType()
    {
        var instant = new DateTimeOffset(2026, 11, 24, 23, 8, 20, 123, TimeSpan.Zero);
        var local = instant.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss");

        Assert.Equal(local, Display.Time(instant));
        Assert.Equal(local, Display.Time(instant.ToOffset(TimeSpan.FromHours(5.5))));
        Assert.Equal(local, Display.Time(instant.UtcDateTime));
        Assert.Equal(local, Display.Time(instant.LocalDateTime));
        Assert.Equal(local + ".123", Display.Time(instant, milliseconds: true));
        Assert.Null(Display.Time(null));
    }

    [Theory]
    [InlineData("short", 18, "short")]
    [InlineData("exactly-eighteen18", 18, "exactly-eighteen18")]
    [InlineData("2026/12/04/[$LATEST]0123456789abcdef0123456789abcdef", 18, "2026/…456789abcdef")]
    [InlineData(null, 18, null)]
    public void ElideKeepsTheStartAndTheDistinguishingEnd(string? name, int width, string? expected)
    {
        Assert.Equal(expected, Display.Elide(name, width));
        if (expected is not null) Assert.True(expected.Length <= width);
    }

    [Fact]
    public void TimeReadsATaggedOutputTime()
    {
        var instant = new DateTimeOffset(2026, 12, 4, 16, 25, 20, 123, TimeSpan.Zero);
        Assert.Equal(Display.Time(instant, true), Display.Time(CwLogs.Infrastructure.Time.OutputTimeText.Wrap(instant), true));
    }
}
