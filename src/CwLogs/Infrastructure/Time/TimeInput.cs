using System;
using System.Globalization;
using System.Management.Automation;
using System.Text.RegularExpressions;

namespace CwLogs.Infrastructure.Time
{
    /// <summary>
    /// Turns what a user types for a time parameter into a UTC <see cref="DateTime"/>.
    /// </summary>
    /// <remarks>
    /// Accepted forms:
    /// <list type="bullet">
    /// <item>DateTime (Local and Unspecified are local time, as from Get-Date; Utc is kept) and DateTimeOffset.</item>
    /// <item>int, long, uint, ulong, double, float and all-digit strings: epoch seconds under 100,000,000,000
    /// (the year 5138 in seconds, March 1973 in milliseconds), epoch milliseconds from there on.</item>
    /// <item>decimal: days ago; short (Int16): seconds ago (see <see cref="FromNumber"/> for why).</item>
    /// <item>TimeSpan: that long ago.</item>
    /// <item>Strings: an age (30s, 15m, 1h30m, 3d, 1w, '2 hours ago', '90 m'), 'now', 'today' and 'yesterday'
    /// (local midnight), a time of day today (10:00, 10:00:30, local time), or an ISO 8601 date
    /// (2026-11-23, 2026-11-23T10:00:00Z, 2026-11-23T10:00:00+02:00; no offset means local time).</item>
    /// </list>
    /// </remarks>
    public static class TimeInput
    {
        private const string AcceptedForms =
            "Use a DateTime, an ISO 8601 string such as '2026-11-23T10:00:00Z', epoch seconds or milliseconds, " +
            "'today', 'yesterday', a time of day such as 10:00, or an age such as 30s, 15m, 1h30m, 3d, 1w " +
            "(optionally followed by 'ago').";

        private const string AgeUnits = "use s, m, h, d or w";

        /// <summary>Below this a number is epoch seconds, from here on epoch milliseconds (see the remarks).</summary>
        public const long EpochSecondsBelow = 100_000_000_000;

        // One or more "<amount> <unit>" parts, then an optional "ago"; a lazy unit lets "2hago" split as "h" + "ago"
        // and "1h30m" as "h" + "30m". The sign is captured only so that "-2h" gets a precise message.
        private static readonly Regex AgePattern = new Regex(
            @"^(?<sign>-?)\s*(?:(?<amount>\d+(?:\.\d+)?)\s*(?<unit>[a-z]+?)\s*)+(?:ago)?$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        // 10:00 or 10:00:30 (seconds may have a fraction): that time today, local time.
        private static readonly Regex TimeOfDayPattern = new Regex(
            @"^(?<h>\d{1,2}):(?<m>\d{2})(?::(?<s>\d{2}(?:\.\d{1,7})?))?$", RegexOptions.CultureInvariant);

        // Only ISO-shaped dates reach the parser: "11/12/2026" means different days in different cultures.
        private static readonly Regex IsoDatePattern = new Regex(
            @"^\d{4}-\d{2}-\d{2}(?:[T ].+)?$", RegexOptions.CultureInvariant);

        // " +05:30" / " -05:00" at the end, as DateTimeOffset.ToString() writes the offset in every culture.
        private static readonly Regex TrailingOffsetPattern = new Regex(
            @"\s[+-]\d{2}:\d{2}$", RegexOptions.CultureInvariant);

        private static readonly long MaxEpochMilliseconds =
            (DateTime.MaxValue.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMillisecond;

        /// <summary>Converts <paramref name="value"/> to a UTC DateTime (Kind = Utc); ages count back from <paramref name="utcNow"/>.</summary>
        /// <exception cref="ArgumentException">The value is none of the accepted forms.</exception>
        public static DateTime ToUtc(object? value, DateTime utcNow) => ToUtc(value, utcNow, TimeZoneInfo.Local);

        /// <summary>The same, with 'today', 'yesterday' and times of day in <paramref name="zone"/> (for tests).</summary>
        public static DateTime ToUtc(object? value, DateTime utcNow, TimeZoneInfo zone)
        {
            object? input = value is PSObject wrapped ? wrapped.BaseObject : value;
            // utcNow is UTC by contract; only a Local one is converted (Unspecified is taken as UTC).
            DateTime now = utcNow.Kind == DateTimeKind.Local
                ? utcNow.ToUniversalTime()
                : DateTime.SpecifyKind(utcNow, DateTimeKind.Utc);

            switch (input)
            {
                case null:
                    throw Unreadable("null", null);
                case DateTime dateTime:
                    return AsUtc(dateTime);
                case DateTimeOffset offset:
                    return offset.UtcDateTime;
                case TimeSpan age:
                    return Ago(now, age.Ticks, Describe(input), "a time span");
                case string text:
                    return FromString(text, now, zone);
                default:
                    return FromNumber(input, now);
            }
        }

        /// <summary>Milliseconds since 1970-01-01T00:00:00Z, rounded down. A non-UTC value is converted as local time.</summary>
        public static long ToEpochMilliseconds(DateTime utc)
        {
            return new DateTimeOffset(AsUtc(utc)).ToUnixTimeMilliseconds();
        }

        /// <summary>The UTC DateTime (Kind = Utc) for <paramref name="ms"/> milliseconds since the epoch.</summary>
        public static DateTime FromEpochMilliseconds(long ms)
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime;
        }

        private static DateTime AsUtc(DateTime value)
        {
            // ToUniversalTime treats Unspecified as local, which is what a PowerShell user means.
            return value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime();
        }

        private static DateTime FromNumber(object input, DateTime now)
        {
            string shown = Describe(input);
            switch (input)
            {
                // PowerShell's number suffixes turn `1d`/`1.5d` into a decimal and `30s` into an Int16
                // before we see them, so these two types can only come from someone typing an age.
                case decimal days:
                    return AgoDecimal(now, days, TimeSpan.TicksPerDay, shown);
                case short seconds:
                    return AgoDecimal(now, seconds, TimeSpan.TicksPerSecond, shown);
                // PowerShell's y and uy suffixes: unquoted 1y is the SByte 1, which no one means as a time.
                case sbyte years:
                    throw Unreadable($"'{years.ToString(CultureInfo.InvariantCulture)}y'", NotAUnit("y"));
                case byte years:
                    throw Unreadable($"'{years.ToString(CultureInfo.InvariantCulture)}uy'", NotAUnit("uy"));
                case int i:
                    return FromEpoch(i, shown);
                case long l:
                    return FromEpoch(l, shown);
                case uint ui:
                    return FromEpoch(ui, shown);
                case ulong ul:
                    return ul > long.MaxValue ? throw Unreadable(shown, "it is out of range") : FromEpoch((long)ul, shown);
                case double d:
                    return FromEpochDouble(d, shown);
                case float f:
                    return FromEpochDouble(f, shown);
                default:
                    throw Unreadable($"{shown} (a {input.GetType().FullName})", null);
            }
        }

        private static DateTime FromString(string text, DateTime now, TimeZoneInfo zone)
        {
            string trimmed = text.Trim();
            string shown = Describe(text);
            if (trimmed.Length == 0)
            {
                throw Unreadable("an empty string", null);
            }

            if (trimmed.Equals("now", StringComparison.OrdinalIgnoreCase))
            {
                return now;
            }

            if (trimmed.Equals("today", StringComparison.OrdinalIgnoreCase))
            {
                return LocalMidnight(now, zone, 0);
            }

            if (trimmed.Equals("yesterday", StringComparison.OrdinalIgnoreCase))
            {
                return LocalMidnight(now, zone, -1);
            }

            if (IsAllDigits(trimmed))
            {
                return long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out long number)
                    ? FromEpoch(number, shown)
                    : throw Unreadable(shown, "it is out of range");
            }

            Match age = AgePattern.Match(trimmed);
            if (age.Success)
            {
                return FromAge(age, now, shown);
            }

            Match timeOfDay = TimeOfDayPattern.Match(trimmed);
            if (timeOfDay.Success)
            {
                return TodayAt(timeOfDay, now, zone, shown);
            }

            if (IsoDatePattern.IsMatch(trimmed) &&
                DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeLocal, out DateTimeOffset parsed))
            {
                return parsed.UtcDateTime;
            }

            // How a DateTimeOffset prints in the current culture (string expansion, "$($event.Timestamp)", writes it so):
            // the trailing offset makes it one instant, whatever the order of day and month.
            if (TrailingOffsetPattern.IsMatch(trimmed) &&
                DateTimeOffset.TryParse(trimmed, CultureInfo.CurrentCulture, DateTimeStyles.None, out DateTimeOffset printed))
            {
                return printed.UtcDateTime;
            }

            throw Unreadable(shown, null);
        }

        /// <summary>The sum of an age's parts ("1h30m", "2 days 12 hours ago"), counted back from now.</summary>
        private static DateTime FromAge(Match age, DateTime now, string shown)
        {
            CaptureCollection amounts = age.Groups["amount"].Captures;
            CaptureCollection units = age.Groups["unit"].Captures;
            decimal ticks = 0;
            for (int i = 0; i < units.Count; i++)
            {
                long unitTicks = UnitTicks(units[i].Value) ?? throw Unreadable(shown, NotAUnit(units[i].Value));
                decimal amount = decimal.Parse(amounts[i].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
                // Anything older than DateTime.MinValue is out of range (checked before multiplying, so no overflow).
                if (amount > (decimal)now.Ticks / unitTicks)
                {
                    throw Unreadable(shown, "it is out of range");
                }

                ticks += amount * unitTicks;
            }

            if (age.Groups["sign"].Value == "-")
            {
                throw Unreadable(shown, "an age cannot be negative");
            }

            return AgoDecimal(now, ticks, 1, shown);
        }

        private static string NotAUnit(string unit) => $"{unit} is not a unit of age ({AgeUnits})";

        /// <summary>Midnight at the start of today (+ <paramref name="days"/>) in <paramref name="zone"/>, as UTC.</summary>
        private static DateTime LocalMidnight(DateTime now, TimeZoneInfo zone, int days)
        {
            DateTime localDate = TimeZoneInfo.ConvertTimeFromUtc(now, zone).Date.AddDays(days);
            return LocalToUtc(localDate, zone);
        }

        private static DateTime TodayAt(Match timeOfDay, DateTime now, TimeZoneInfo zone, string shown)
        {
            int hours = int.Parse(timeOfDay.Groups["h"].Value, CultureInfo.InvariantCulture);
            int minutes = int.Parse(timeOfDay.Groups["m"].Value, CultureInfo.InvariantCulture);
            decimal seconds = timeOfDay.Groups["s"].Success
                ? decimal.Parse(timeOfDay.Groups["s"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)
                : 0;
            if (hours > 23 || minutes > 59 || seconds >= 60)
            {
                throw Unreadable(shown, null);
            }

            DateTime localDate = TimeZoneInfo.ConvertTimeFromUtc(now, zone).Date;
            long ticks = (hours * 3600L + minutes * 60L) * TimeSpan.TicksPerSecond + (long)(seconds * TimeSpan.TicksPerSecond);
            return LocalToUtc(localDate.AddTicks(ticks), zone);
        }

        /// <summary>A local wall-clock time as UTC; a time skipped by a daylight-saving change is read as just after it.</summary>
        private static DateTime LocalToUtc(DateTime local, TimeZoneInfo zone)
        {
            DateTime unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
            while (zone.IsInvalidTime(unspecified))
            {
                unspecified = unspecified.AddMinutes(30);
            }

            return TimeZoneInfo.ConvertTimeToUtc(unspecified, zone);
        }

        private static long? UnitTicks(string unit)
        {
            switch (unit.ToLowerInvariant())
            {
                case "s": case "sec": case "secs": case "second": case "seconds":
                    return TimeSpan.TicksPerSecond;
                case "m": case "min": case "mins": case "minute": case "minutes":
                    return TimeSpan.TicksPerMinute;
                case "h": case "hr": case "hrs": case "hour": case "hours":
                    return TimeSpan.TicksPerHour;
                case "d": case "day": case "days":
                    return TimeSpan.TicksPerDay;
                case "w": case "wk": case "wks": case "week": case "weeks":
                    return TimeSpan.TicksPerDay * 7;
                default:
                    return null;
            }
        }

        private static DateTime AgoDecimal(DateTime now, decimal amount, long unitTicks, string shown)
        {
            if (amount < 0)
            {
                throw Unreadable(shown, "an age cannot be negative");
            }

            // Decimal keeps '1.5d' exact; anything older than DateTime.MinValue is out of range.
            if (amount > (decimal)now.Ticks / unitTicks)
            {
                throw Unreadable(shown, "it is out of range");
            }

            decimal ticks = decimal.Round(amount * unitTicks, MidpointRounding.AwayFromZero);
            if (ticks > now.Ticks)
            {
                throw Unreadable(shown, "it is out of range");
            }

            return Ago(now, (long)ticks, shown, "an age");
        }

        private static DateTime Ago(DateTime now, long ticks, string shown, string what)
        {
            if (ticks < 0)
            {
                throw Unreadable(shown, what + " cannot be negative");
            }

            if (ticks > now.Ticks)
            {
                throw Unreadable(shown, "it is out of range");
            }

            return now.AddTicks(-ticks);
        }

        /// <summary>Epoch seconds below <see cref="EpochSecondsBelow"/>, epoch milliseconds from there on.</summary>
        private static DateTime FromEpoch(long number, string shown)
        {
            // CloudWatch Logs timestamps start at 1970; a negative number is far likelier a mistyped age.
            if (number < 0)
            {
                throw Unreadable(shown, "an epoch time cannot be negative");
            }

            return FromEpochMilliseconds(number < EpochSecondsBelow ? number * 1000 : number, shown);
        }

        private static DateTime FromEpochDouble(double number, string shown)
        {
            if (number < 0)
            {
                throw Unreadable(shown, "an epoch time cannot be negative");
            }

            if (double.IsNaN(number) || double.IsInfinity(number))
            {
                throw Unreadable(shown, "it is out of range");
            }

            // Seconds keep their fraction to the millisecond; milliseconds are rounded down.
            double ms = Math.Floor(number < EpochSecondsBelow ? number * 1000 : number);
            return ms > MaxEpochMilliseconds ? throw Unreadable(shown, "it is out of range") : FromEpochMilliseconds((long)ms, shown);
        }

        private static DateTime FromEpochMilliseconds(long ms, string shown)
        {
            return ms > MaxEpochMilliseconds ? throw Unreadable(shown, "it is out of range") : FromEpochMilliseconds(ms);
        }

        private static bool IsAllDigits(string text)
        {
            foreach (char c in text)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }

            return true;
        }

        private static string Describe(object value)
        {
            string text = value is IFormattable formattable
                ? formattable.ToString(null, CultureInfo.InvariantCulture)
                : value.ToString() ?? string.Empty;
            return "'" + text + "'";
        }

        private static ArgumentException Unreadable(string shown, string? reason)
        {
            string because = reason is null ? string.Empty : ": " + reason;
            return new ArgumentException($"Cannot read {shown} as a time{because}. {AcceptedForms}");
        }
    }
}
