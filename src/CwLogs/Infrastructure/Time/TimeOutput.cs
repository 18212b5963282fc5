using System;

namespace CwLogs.Infrastructure.Time
{
    /// <summary>
    /// The one conversion for times on output objects: epoch milliseconds become a DateTimeOffset in
    /// the local zone's offset at that instant. It shows local time, compares with Get-Date by the
    /// instant (PowerShell turns the DateTime into a DateTimeOffset) and keeps its offset through
    /// ConvertTo-Json and Export-Csv, which a UTC DateTime does not.
    /// </summary>
    public static class TimeOutput
    {
        public static DateTimeOffset FromEpochMilliseconds(long ms) => FromEpochMilliseconds(ms, TimeZoneInfo.Local);

        public static DateTimeOffset? FromEpochMilliseconds(long? ms) => ms is long value ? FromEpochMilliseconds(value) : null;

        /// <summary>The same, in <paramref name="zone"/> (for tests that cannot change the process's zone).</summary>
        public static DateTimeOffset FromEpochMilliseconds(long ms, TimeZoneInfo zone)
        {
            var instant = DateTimeOffset.FromUnixTimeMilliseconds(ms);
            if (ms < WholeMinuteOffsetsSince) return TimeZoneInfo.ConvertTime(instant, zone);
            // Reading a million events asks for the zone's offset a million times, mostly within the same minute:
            // remember the last minute's. Since 1972 every zone's offsets, and so its transitions, fall on whole minutes.
            var minute = ms / MillisecondsPerMinute;
            var last = _lastMinute;
            if (last is null || last.Minute != minute || !ReferenceEquals(last.Zone, zone))
                _lastMinute = last = new OffsetInMinute(zone, minute, zone.GetUtcOffset(instant));
            return instant.ToOffset(last.Offset);
        }

        private const long MillisecondsPerMinute = 60_000;

        // 1972-01-01T00:00:00Z, after the last zone offset that was not a whole number of minutes (Liberia's -0:44:30).
        private const long WholeMinuteOffsetsSince = 63_072_000_000;

        private static volatile OffsetInMinute? _lastMinute;

        private sealed record OffsetInMinute(TimeZoneInfo Zone, long Minute, TimeSpan Offset);
    }
}
