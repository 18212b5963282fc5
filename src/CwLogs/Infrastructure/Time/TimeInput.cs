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
    /// <item>int, long, uint, ulong, double, float and all-digit strings: epoch MILLISECONDS. A small value such as
    /// 1700000000 (which only makes sense as seconds) is still read as milliseconds: we do not guess.</item>
    /// <item>decimal: days ago; short (Int16): seconds ago (see <see cref="FromNumber"/> for why).</item>
    /// <item>TimeSpan: that long ago.</item>
    /// <item>Strings: an age (30s, 15m, 2h, 3d, 1w, '2 hours ago', '90 m'), 'now', or an ISO 8601 date
    /// (2026-11-23, 2026-11-23T10:00:00Z, 2026-11-23T10:00:00+02:00; no offset means local time).</item>
    /// </list>
    /// </remarks>
    public static class TimeInput
    {
        private const string AcceptedForms =
            "Use a DateTime, an ISO 8601 string such as '2026-11-23T10:00:00Z', epoch milliseconds, " +
            "or an age such as 30s, 15m, 2h, 3d, 1w (optionally followed by 'ago').";

        // "<amount> <unit> [ago]"; a lazy unit lets "2hago" split as "h" + "ago". The sign is captured
        // only so that "-2h" gets a precise message.
        private static readonly Regex AgePattern = new Regex(
            @"^(?<sign>-?)\s*(?<amount>\d+(?:\.\d+)?)\s*(?<unit>[a-z]+?)(?:\s*ago)?$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

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
        public static DateTime ToUtc(object? value, DateTime utcNow)
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
                    return FromString(text, now);
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

        private static DateTime FromString(string text, DateTime now)
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

            if (IsAllDigits(trimmed))
            {
                return long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out long ms)
                    ? FromEpoch(ms, shown)
                    : throw Unreadable(shown, "it is out of range");
            }

            Match age = AgePattern.Match(trimmed);
            if (age.Success)
            {
                long? unitTicks = UnitTicks(age.Groups["unit"].Value);
                if (unitTicks.HasValue)
                {
                    if (age.Groups["sign"].Value == "-")
                    {
                        throw Unreadable(shown, "an age cannot be negative");
                    }

                    decimal amount = decimal.Parse(age.Groups["amount"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
                    return AgoDecimal(now, amount, unitTicks.Value, shown);
                }
            }

            if (IsoDatePattern.IsMatch(trimmed) &&
                DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeLocal, out DateTimeOffset parsed))
            {
                return parsed.UtcDateTime;
            }

            // How a DateTimeOffset prints in the current culture (Export-Csv writes our times so):
            // the trailing offset makes it one instant, whatever the order of day and month.
            if (TrailingOffsetPattern.IsMatch(trimmed) &&
                DateTimeOffset.TryParse(trimmed, CultureInfo.CurrentCulture, DateTimeStyles.None, out DateTimeOffset printed))
            {
                return printed.UtcDateTime;
            }

            throw Unreadable(shown, null);
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

        private static DateTime FromEpoch(long ms, string shown)
        {
            // CloudWatch Logs timestamps start at 1970; a negative number is far likelier a mistyped age.
            if (ms < 0)
            {
                throw Unreadable(shown, "epoch milliseconds cannot be negative");
            }

            if (ms > MaxEpochMilliseconds)
            {
                throw Unreadable(shown, "it is out of range");
            }

            return FromEpochMilliseconds(ms);
        }

        private static DateTime FromEpochDouble(double ms, string shown)
        {
            if (double.IsNaN(ms) || double.IsInfinity(ms) || ms > MaxEpochMilliseconds)
            {
                throw Unreadable(shown, ms < 0 ? "epoch milliseconds cannot be negative" : "it is out of range");
            }

            return FromEpoch((long)Math.Floor(ms), shown);
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
