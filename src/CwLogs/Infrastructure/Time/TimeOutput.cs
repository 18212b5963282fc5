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
            => TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeMilliseconds(ms), zone);
    }
}
