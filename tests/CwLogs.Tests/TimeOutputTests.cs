using System;
using CwLogs.Infrastructure.Time;
using Xunit;

namespace CwLogs.Tests
{
    /// <summary>Times on output objects: the instant from epoch milliseconds, shown in a zone's offset at that instant.</summary>
    public class TimeOutputTests
    {
        private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        private static readonly TimeZoneInfo Kolkata = TimeZoneInfo.FindSystemTimeZoneById("Asia/Kolkata");

        // 2026-11-24T23:08:20.123Z (winter in New York) and 2026-07-01T12:00:00Z (summer).
        private const long Winter = 1_795_561_700_123;
        private const long Summer = 1_782_907_200_000;

        [Theory]
        [InlineData(Winter, -5 * 60)]
        [InlineData(Summer, -4 * 60)]
        public void NewYorkGetsTheOffsetInForceAtThatInstant(long ms, int offsetMinutes)
        {
            DateTimeOffset time = TimeOutput.FromEpochMilliseconds(ms, NewYork);
            Assert.Equal(TimeSpan.FromMinutes(offsetMinutes), time.Offset);
            Assert.Equal(ms, time.ToUnixTimeMilliseconds());
        }

        [Theory]
        [InlineData("America/New_York", 1_772_953_200_000)] // 2026-03-08T07:00Z, clocks go forward an hour
        [InlineData("America/New_York", 1_793_512_800_000)] // 2026-11-01T06:00Z, back an hour
        [InlineData("Australia/Lord_Howe", 1_775_314_800_000)] // 2026-04-04T15:00Z, back half an hour
        public void OffsetsStayExactAcrossATransitionWhileReadingEventAfterEvent(string zoneId, long transition)
        {
            // The offset of the last minute is remembered; events a few seconds apart on either side of a
            // transition (and back again) must still each get the offset ConvertTime gives.
            var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
            for (var ms = transition - 3_600_000; ms <= transition + 3_600_000; ms += 7_001)
            {
                foreach (var at in new[] { ms, transition - 1, transition, ms })
                {
                    var expected = TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeMilliseconds(at), zone);
                    var actual = TimeOutput.FromEpochMilliseconds(at, zone);
                    Assert.Equal(expected.Offset, actual.Offset);
                    Assert.Equal(at, actual.ToUnixTimeMilliseconds());
                }
            }
        }

        [Fact]
        public void KolkataIsFiveAndAHalfHoursAhead()
        {
            DateTimeOffset time = TimeOutput.FromEpochMilliseconds(Winter, Kolkata);
            Assert.Equal(new TimeSpan(5, 30, 0), time.Offset);
            Assert.Equal(new DateTime(2026, 11, 25, 4, 38, 20, 123), time.DateTime);
            Assert.Equal(Winter, time.ToUnixTimeMilliseconds());
        }

        [Fact]
        public void WithoutAZoneTheLocalZoneIsUsed()
        {
            DateTimeOffset time = TimeOutput.FromEpochMilliseconds(Winter);
            Assert.Equal(TimeZoneInfo.Local.GetUtcOffset(DateTimeOffset.FromUnixTimeMilliseconds(Winter)), time.Offset);
            Assert.Equal(Winter, time.ToUnixTimeMilliseconds());
        }

        [Fact]
        public void ComparesWithALocalDateTimeByTheInstant()
        {
            // What PowerShell does for `$event.Timestamp -gt (Get-Date)`: the DateTime becomes a DateTimeOffset.
            DateTimeOffset time = TimeOutput.FromEpochMilliseconds(Winter);
            DateTime localJustBefore = DateTimeOffset.FromUnixTimeMilliseconds(Winter - 1).LocalDateTime;
            Assert.True(time > localJustBefore);
            Assert.True(time < localJustBefore.AddMilliseconds(2));
        }

        [Fact]
        public void NullStaysNull()
        {
            Assert.Null(TimeOutput.FromEpochMilliseconds((long?)null));
            Assert.Equal(TimeOutput.FromEpochMilliseconds(Winter), TimeOutput.FromEpochMilliseconds((long?)Winter));
        }
    }
}
