using CwLogs.Client.Operations;
using CwLogs.Model;
using Xunit;

namespace CwLogs.Tests;

/// <summary>
/// PutLogEvents' rejected-event indexes as counts: tooOld and expired end indexes are exclusive
/// (events [0, index) were dropped), tooNew's start index is inclusive (events [index, n)).
/// </summary>
public sealed class RejectedCountsTests
{
    private static RejectedCounts From(int batch, int? tooOldEnd = null, int? expiredEnd = null, int? tooNewStart = null)
        => RejectedCounts.From(new RejectedLogEventsInfo
        {
            TooOldLogEventEndIndex = tooOldEnd,
            ExpiredLogEventEndIndex = expiredEnd,
            TooNewLogEventStartIndex = tooNewStart,
        }, batch);

    [Fact]
    public void NoInfoMeansNothingRejected()
    {
        var counts = RejectedCounts.From(null, 10);

        Assert.Equal(default, counts);
        Assert.Equal(0, counts.Total(10));
    }

    [Fact]
    public void EmptyInfoMeansNothingRejected()
        => Assert.Equal(0, From(10).Total(10));

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 3)]
    [InlineData(10, 10)]
    public void TooOldEndIndexIsExclusive(int endIndex, int expected)
    {
        var counts = From(10, tooOldEnd: endIndex);

        Assert.Equal(expected, counts.TooOld);
        Assert.Equal(expected, counts.Total(10));
    }

    [Fact]
    public void ExpiredEndIndexIsExclusive()
    {
        var counts = From(10, expiredEnd: 4);

        Assert.Equal(4, counts.Expired);
        Assert.Equal(4, counts.Total(10));
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(7, 3)]
    [InlineData(9, 1)]
    public void TooNewStartIndexIsInclusive(int startIndex, int expected)
    {
        var counts = From(10, tooNewStart: startIndex);

        Assert.Equal(expected, counts.TooNew);
        Assert.Equal(expected, counts.Total(10));
    }

    [Fact]
    public void TooNewStartBeyondTheBatchCountsNothing()
        => Assert.Equal(0, From(10, tooNewStart: 12).TooNew);

    [Fact]
    public void TooOldAndExpiredOverlapBecauseBothCountFromTheStart()
        => Assert.Equal(5, From(10, tooOldEnd: 2, expiredEnd: 5).Total(10));

    [Fact]
    public void OldAndNewAddUp()
    {
        var counts = From(10, tooOldEnd: 2, tooNewStart: 8);

        Assert.Equal(new RejectedCounts(2, 2, 0), counts);
        Assert.Equal(4, counts.Total(10));
    }

    [Fact]
    public void TotalNeverExceedsTheBatch()
        => Assert.Equal(5, From(5, tooOldEnd: 4, tooNewStart: 1).Total(5));
}
