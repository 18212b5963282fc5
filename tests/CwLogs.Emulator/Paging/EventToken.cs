using System;
using System.Globalization;
using CwLogs.Emulator.Protocol;

namespace CwLogs.Emulator.Paging;

/// <summary>
/// GetLogEvents tokens, shaped like AWS's: "f/" (forward) or "b/" (backward) and 36 digits holding an
/// <see cref="EventKey"/> (16 for the timestamp, 20 for the arrival sequence). A forward token reads the
/// events after its key, a backward token the events at or before it. Paging past either end returns the
/// same token again, which is how AWS tells clients to stop.
/// </summary>
internal readonly record struct EventToken(bool Forward, EventKey Position)
{
    private const int TimestampDigits = 16;
    private const int SequenceDigits = 20;

    public static string ForwardFrom(EventKey position) => "f/" + Digits(position);

    public static string BackwardFrom(EventKey position) => "b/" + Digits(position);

    public static EventToken Parse(string token)
    {
        bool forward = token.StartsWith("f/", StringComparison.Ordinal);
        bool backward = token.StartsWith("b/", StringComparison.Ordinal);
        ReadOnlySpan<char> digits = token.AsSpan(Math.Min(2, token.Length));
        if ((!forward && !backward) || digits.Length != TimestampDigits + SequenceDigits
            || !long.TryParse(digits[..TimestampDigits], NumberStyles.None, CultureInfo.InvariantCulture, out long timestamp)
            || !long.TryParse(digits[TimestampDigits..], NumberStyles.None, CultureInfo.InvariantCulture, out long sequence))
        {
            throw Errors.InvalidNextToken();
        }
        return new EventToken(forward, new EventKey(timestamp, sequence));
    }

    private static string Digits(EventKey position) =>
        position.Timestamp.ToString("D" + TimestampDigits, CultureInfo.InvariantCulture)
        + position.Sequence.ToString("D" + SequenceDigits, CultureInfo.InvariantCulture);
}
