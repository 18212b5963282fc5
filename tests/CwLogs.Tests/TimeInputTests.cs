using System;
using System.Management.Automation;
using CwLogs.Infrastructure.Time;
using Xunit;

namespace CwLogs.Tests
{
    public class TimeInputTests
    {
        private static readonly DateTime Now = new DateTime(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

        private const string Accepted =
            "Use a DateTime, an ISO 8601 string such as '2026-11-23T10:00:00Z', epoch seconds or milliseconds, " +
            "'today', 'yesterday', a time of day such as 10:00, or an age such as 30s, 15m, 1h30m, 3d, 1w " +
            "(optionally followed by 'ago').";

        private static DateTime Read(object? value)
        {
            DateTime result = TimeInput.ToUtc(value, Now);
            Assert.Equal(DateTimeKind.Utc, result.Kind);
            return result;
        }

        [Fact]
        public void UtcDateTimeIsKept()
        {
            var value = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);
            Assert.Equal(value, Read(value));
        }

        [Fact]
        public void LocalDateTimeIsConvertedToUtc()
        {
            var local = new DateTime(2026, 6, 1, 9, 30, 0, DateTimeKind.Local);
            Assert.Equal(local.ToUniversalTime(), Read(local));
        }

        [Fact]
        public void UnspecifiedDateTimeIsReadAsLocalTime()
        {
            var unspecified = new DateTime(2026, 6, 1, 9, 30, 0, DateTimeKind.Unspecified);
            var expected = DateTime.SpecifyKind(unspecified, DateTimeKind.Local).ToUniversalTime();
            Assert.Equal(expected, Read(unspecified));
        }

        [Fact]
        public void DateTimeOffsetUsesItsOffset()
        {
            var value = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(2));
            Assert.Equal(new DateTime(2026, 11, 23, 8, 0, 0, DateTimeKind.Utc), Read(value));
        }

        [Fact]
        public void PSObjectIsUnwrapped()
        {
            Assert.Equal(Now.AddHours(-2), Read(new PSObject("2h")));
            Assert.Equal(Now.AddDays(-1), Read(new PSObject(1m)));
        }

        [Theory]
        [InlineData(100_000_000_000L)]
        [InlineData(1_700_000_000_000L)]
        [InlineData(1_800_000_000_123L)]
        public void LongIsEpochMilliseconds(long ms)
        {
            Assert.Equal(DateTime.UnixEpoch.AddMilliseconds(ms), Read(ms));
        }

        [Fact]
        public void OtherIntegerTypesAreEpochSecondsOrMilliseconds()
        {
            var expected = DateTime.UnixEpoch.AddSeconds(1_500);
            Assert.Equal(expected, Read(1_500));
            Assert.Equal(expected, Read(1_500u));
            Assert.Equal(expected, Read(1_500ul));
            Assert.Equal(DateTime.UnixEpoch.AddMilliseconds(1_700_000_000_000), Read(1_700_000_000_000ul));
        }

        [Fact]
        public void FloatingPointIsEpochMillisecondsRoundedDown()
        {
            Assert.Equal(DateTime.UnixEpoch.AddMilliseconds(1_700_000_000_000), Read(1_700_000_000_000.9d));
            Assert.Equal(DateTime.UnixEpoch.AddMilliseconds(1_024_500), Read(1_024.5f));
        }

        [Fact]
        public void NumberUnderOneHundredBillionIsEpochSeconds()
        {
            // 100,000,000,000 ms is March 1973 and 100,000,000,000 s the year 5138: no instant CloudWatch Logs
            // holds is ambiguous, so the size says which unit was meant.
            var nov2023 = new DateTime(2023, 11, 14, 22, 13, 20, DateTimeKind.Utc);
            Assert.Equal(nov2023, Read(1_700_000_000));
            Assert.Equal(nov2023, Read(1_700_000_000L));
            Assert.Equal(nov2023, Read(1_700_000_000u));
            Assert.Equal(nov2023, Read("1700000000"));
            Assert.Equal(nov2023.AddMilliseconds(500), Read(1_700_000_000.5d));
            Assert.Equal(DateTime.UnixEpoch.AddSeconds(99_999_999_999), Read(99_999_999_999L));
            Assert.Equal(DateTime.UnixEpoch.AddMilliseconds(100_000_000_000), Read(100_000_000_000L));
            Assert.Equal(DateTime.UnixEpoch.AddMilliseconds(100_000_000_000), Read("100000000000"));
        }

        [Theory]
        [InlineData("1h30m", 90 * 60)]
        [InlineData("2d12h", 60 * 3600)]
        [InlineData("1h 30m", 90 * 60)]
        [InlineData("1h30m ago", 90 * 60)]
        [InlineData("1w2d", 9 * 86400)]
        [InlineData("2 hours 30 minutes ago", 150 * 60)]
        [InlineData("1m30s", 90)]
        [InlineData("1.5h30m", 120 * 60)]
        public void CompoundAgeAddsItsParts(string text, int secondsAgo)
        {
            Assert.Equal(Now.AddSeconds(-secondsAgo), Read(text));
        }

        // A zone far from UTC, so that local midnight and UTC midnight differ.
        private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

        [Theory]
        [InlineData("today", 0)]
        [InlineData(" Today ", 0)]
        [InlineData("yesterday", -1)]
        [InlineData("YESTERDAY", -1)]
        public void TodayAndYesterdayAreLocalMidnight(string text, int days)
        {
            // 12:00 UTC on 2026-11-23 is 21:00 in Tokyo: today began at 2026-11-23T00:00+09:00.
            var midnight = new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.FromHours(9)).AddDays(days);
            Assert.Equal(midnight.UtcDateTime, TimeInput.ToUtc(text, Now, Tokyo));
        }

        [Fact]
        public void TodayIsTheLocalDateNotTheUtcOne()
        {
            // 20:00 UTC on 2026-11-23 is already 2026-11-24 in Tokyo.
            var evening = new DateTime(2026, 11, 23, 20, 0, 0, DateTimeKind.Utc);
            var expected = new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.FromHours(9)).UtcDateTime;
            Assert.Equal(expected, TimeInput.ToUtc("today", evening, Tokyo));
        }

        [Theory]
        [InlineData("10:00", 10, 0, 0)]
        [InlineData("9:05", 9, 5, 0)]
        [InlineData("10:00:30", 10, 0, 30)]
        [InlineData("23:59:59", 23, 59, 59)]
        public void TimeOfDayIsTodayInLocalTime(string text, int hour, int minute, int second)
        {
            var expected = new DateTimeOffset(2026, 11, 23, hour, minute, second, TimeSpan.FromHours(9)).UtcDateTime;
            Assert.Equal(expected, TimeInput.ToUtc(text, Now, Tokyo));
        }

        [Theory]
        [InlineData("1y", "Cannot read '1y' as a time: y is not a unit of age (use s, m, h, d or w). ")]
        [InlineData("2 years ago", "Cannot read '2 years ago' as a time: years is not a unit of age (use s, m, h, d or w). ")]
        [InlineData("1h30x", "Cannot read '1h30x' as a time: x is not a unit of age (use s, m, h, d or w). ")]
        [InlineData("24:00", "Cannot read '24:00' as a time. ")]
        [InlineData("10:60", "Cannot read '10:60' as a time. ")]
        public void UnknownUnitOrTimeOfDayIsNamed(string text, string start)
        {
            var ex = Assert.Throws<ArgumentException>(() => TimeInput.ToUtc(text, Now));
            Assert.Equal(start + Accepted, ex.Message);
        }

        [Fact]
        public void PowerShellsYSuffixIsNamedAsTyped()
        {
            // Unquoted 1y reaches the cmdlet as the SByte 1 (PowerShell's y suffix), 1uy as the Byte 1.
            var ex = Assert.Throws<ArgumentException>(() => TimeInput.ToUtc((sbyte)1, Now));
            Assert.Equal("Cannot read '1y' as a time: y is not a unit of age (use s, m, h, d or w). " + Accepted, ex.Message);
            ex = Assert.Throws<ArgumentException>(() => TimeInput.ToUtc((byte)5, Now));
            Assert.Equal("Cannot read '5uy' as a time: uy is not a unit of age (use s, m, h, d or w). " + Accepted, ex.Message);
        }

        [Fact]
        public void DecimalIsDaysAgoBecausePowerShellReads1dAsDecimal()
        {
            Assert.Equal(Now.AddDays(-1), Read(1m));
            Assert.Equal(Now.AddHours(-36), Read(1.5m));
            Assert.Equal(Now, Read(0m));
        }

        [Fact]
        public void Int16IsSecondsAgoBecausePowerShellReads30sAsInt16()
        {
            Assert.Equal(Now.AddSeconds(-30), Read((short)30));
        }

        [Fact]
        public void TimeSpanIsThatLongAgo()
        {
            Assert.Equal(Now.AddMinutes(-90), Read(TimeSpan.FromMinutes(90)));
        }

        [Theory]
        [InlineData("30s", 30)]
        [InlineData("15m", 15 * 60)]
        [InlineData("2h", 2 * 3600)]
        [InlineData("3d", 3 * 86400)]
        [InlineData("1w", 7 * 86400)]
        [InlineData("2h ago", 2 * 3600)]
        [InlineData("2hago", 2 * 3600)]
        [InlineData("90 m", 90 * 60)]
        [InlineData("  90 m  ", 90 * 60)]
        [InlineData("5min", 5 * 60)]
        [InlineData("2 hours ago", 2 * 3600)]
        [InlineData("3 days", 3 * 86400)]
        [InlineData("1 day ago", 86400)]
        [InlineData("10 seconds", 10)]
        [InlineData("45 sec ago", 45)]
        [InlineData("3 hrs", 3 * 3600)]
        [InlineData("2 weeks ago", 14 * 86400)]
        [InlineData("2H", 2 * 3600)]
        [InlineData("2 Hours AGO", 2 * 3600)]
        [InlineData("1.5h", 90 * 60)]
        [InlineData("0s", 0)]
        public void AgeStringCountsBackFromNow(string text, int secondsAgo)
        {
            Assert.Equal(Now.AddSeconds(-secondsAgo), Read(text));
        }

        [Theory]
        [InlineData("now")]
        [InlineData("NOW")]
        [InlineData(" Now ")]
        public void NowIsUtcNow(string text)
        {
            Assert.Equal(Now, Read(text));
        }

        [Fact]
        public void DigitStringIsEpochMilliseconds()
        {
            Assert.Equal(DateTime.UnixEpoch.AddMilliseconds(1_700_000_000_000), Read("1700000000000"));
        }

        [Theory]
        [InlineData("2026-11-23T10:00:00Z", "2026-11-23T10:00:00.0000000Z")]
        [InlineData("2026-11-23T10:00:00+02:00", "2026-11-23T08:00:00.0000000Z")]
        [InlineData("2026-11-23T10:00:00.123-05:30", "2026-11-23T15:30:00.1230000Z")]
        [InlineData("2026-11-23T10:00:00.1234567Z", "2026-11-23T10:00:00.1234567Z")]
        public void IsoStringWithOffsetOrZ(string text, string expectedRoundTrip)
        {
            Assert.Equal(expectedRoundTrip, Read(text).ToString("o"));
        }

        [Theory]
        [InlineData("2026-11-23", 0, 0)]
        [InlineData("2026-11-23T10:00:00", 10, 0)]
        [InlineData("2026-11-23 10:30", 10, 30)]
        public void IsoStringWithoutOffsetIsLocalTime(string text, int hour, int minute)
        {
            var local = new DateTime(2026, 11, 23, hour, minute, 0, DateTimeKind.Local);
            Assert.Equal(local.ToUniversalTime(), Read(text));
        }

        [Theory]
        [InlineData("en-US")]
        [InlineData("de-DE")]
        [InlineData("en-GB")]
        [InlineData("")]
        public void ADateTimeOffsetAsItPrintsInTheCurrentCultureIsRead(string culture)
        {
            // A DateTimeOffset expanded in a string prints this way (e.g. "11/24/2026 6:08:20 PM -05:00").
            var time = new DateTimeOffset(2026, 11, 5, 18, 8, 20, TimeSpan.FromHours(-5));
            string text = InCulture(culture, () => time.ToString());
            Assert.Equal(time.UtcDateTime, InCulture(culture, () => Read(text)));
        }

        [Theory]
        [InlineData("en-US", "11/24/2026 6:08:20 PM -05:00", "2026-11-24T23:08:20.0000000Z")]
        [InlineData("en-US", "11/24/2026 6:08:20 PM +05:30", "2026-11-24T12:38:20.0000000Z")]
        [InlineData("de-DE", "24.11.2026 18:08:20 +01:00", "2026-11-24T17:08:20.0000000Z")]
        public void ACultureDateWithAnOffsetIsThatInstant(string culture, string text, string expected)
        {
            Assert.Equal(expected, InCulture(culture, () => Read(text)).ToString("o"));
        }

        [Theory]
        [InlineData("en-US", "11/24/2026 6:08:20 PM")]
        [InlineData("de-DE", "24.11.2026 18:08:20")]
        [InlineData("en-GB", "11/24/2026 18:08:20 +00:00")]
        public void ACultureDateWithoutAnOffsetOrInAnotherCultureIsRejected(string culture, string text)
        {
            var ex = InCulture(culture, () => Assert.Throws<ArgumentException>(() => TimeInput.ToUtc(text, Now)));
            Assert.Equal($"Cannot read '{text}' as a time. " + Accepted, ex.Message);
        }

        private static T InCulture<T>(string name, Func<T> action)
        {
            var saved = System.Globalization.CultureInfo.CurrentCulture;
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo(name);
            try
            {
                return action();
            }
            finally
            {
                System.Globalization.CultureInfo.CurrentCulture = saved;
            }
        }

        [Fact]
        public void GarbageGivesTheDocumentedMessage()
        {
            var ex = Assert.Throws<ArgumentException>(() => TimeInput.ToUtc("yesterdayish", Now));
            Assert.Equal("Cannot read 'yesterdayish' as a time. " + Accepted, ex.Message);
        }

        [Theory]
        [InlineData("-2h", "Cannot read '-2h' as a time: an age cannot be negative. ")]
        [InlineData("- 3 days ago", "Cannot read '- 3 days ago' as a time: an age cannot be negative. ")]
        [InlineData("2 fortnights", "Cannot read '2 fortnights' as a time: fortnights is not a unit of age (use s, m, h, d or w). ")]
        [InlineData("h2", "Cannot read 'h2' as a time. ")]
        [InlineData("11/23/2026", "Cannot read '11/23/2026' as a time. ")]
        [InlineData("2026-13-45", "Cannot read '2026-13-45' as a time. ")]
        [InlineData("1.5", "Cannot read '1.5' as a time. ")]
        [InlineData("99999999999999999999", "Cannot read '99999999999999999999' as a time: it is out of range. ")]
        [InlineData("300000000000000", "Cannot read '300000000000000' as a time: it is out of range. ")]
        [InlineData("99999999 weeks", "Cannot read '99999999 weeks' as a time: it is out of range. ")]
        public void BadStringIsRejectedNamingIt(string text, string start)
        {
            var ex = Assert.Throws<ArgumentException>(() => TimeInput.ToUtc(text, Now));
            Assert.Equal(start + Accepted, ex.Message);
        }

        [Theory]
        [InlineData("", "Cannot read an empty string as a time. ")]
        [InlineData("   ", "Cannot read an empty string as a time. ")]
        [InlineData(null, "Cannot read null as a time. ")]
        public void EmptyOrNullIsRejected(string? text, string start)
        {
            var ex = Assert.Throws<ArgumentException>(() => TimeInput.ToUtc(text, Now));
            Assert.Equal(start + Accepted, ex.Message);
        }

        public static TheoryData<object, string> BadValues() => new TheoryData<object, string>
        {
            { -1m, "Cannot read '-1' as a time: an age cannot be negative. " },
            { (short)-30, "Cannot read '-30' as a time: an age cannot be negative. " },
            { TimeSpan.FromHours(-1), "Cannot read '-01:00:00' as a time: a time span cannot be negative. " },
            { -1, "Cannot read '-1' as a time: an epoch time cannot be negative. " },
            { -5L, "Cannot read '-5' as a time: an epoch time cannot be negative. " },
            { -2.5d, "Cannot read '-2.5' as a time: an epoch time cannot be negative. " },
            { double.NaN, "Cannot read 'NaN' as a time: it is out of range. " },
            { ulong.MaxValue, "Cannot read '18446744073709551615' as a time: it is out of range. " },
            { 10_000_000_000m, "Cannot read '10000000000' as a time: it is out of range. " },
            { Guid.Empty, "Cannot read '00000000-0000-0000-0000-000000000000' (a System.Guid) as a time. " },
        };

        [Theory]
        [MemberData(nameof(BadValues))]
        public void BadValueIsRejectedNamingIt(object value, string start)
        {
            var ex = Assert.Throws<ArgumentException>(() => TimeInput.ToUtc(value, Now));
            Assert.Equal(start + Accepted, ex.Message);
        }

        [Fact]
        public void EpochMillisecondsRoundTrip()
        {
            DateTime value = TimeInput.FromEpochMilliseconds(1_700_000_000_123);
            Assert.Equal(DateTimeKind.Utc, value.Kind);
            Assert.Equal(new DateTime(2023, 11, 14, 22, 13, 20, 123, DateTimeKind.Utc), value);
            Assert.Equal(1_700_000_000_123, TimeInput.ToEpochMilliseconds(value));
        }

        [Fact]
        public void ToEpochMillisecondsDropsSubMillisecondTicks()
        {
            var value = new DateTime(2023, 11, 14, 22, 13, 20, 123, DateTimeKind.Utc).AddTicks(9_999);
            Assert.Equal(1_700_000_000_123, TimeInput.ToEpochMilliseconds(value));
        }

        [Fact]
        public void ToEpochMillisecondsConvertsLocalTime()
        {
            var utc = new DateTime(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc);
            Assert.Equal(TimeInput.ToEpochMilliseconds(utc), TimeInput.ToEpochMilliseconds(utc.ToLocalTime()));
        }
    }
}
