using System;
using System.Globalization;
using CwLogs.Emulator.Protocol;

namespace CwLogs.Emulator.Paging;

/// <summary>
/// GetLogEvents tokens, shaped like AWS's: "f/" (forward) or "b/" (backward) and 36 digits holding an
/// <see cref="EventKey"/> (16 for the timestamp, 20 for the arrival sequence). A forward token reads the
/// events after its key, a backward token the events at or before it. Paging past either end returns the
/// same token again, which is how AWS tells clients to stop. An empty page served by
/// <see cref="EmulatorFaults.EmptyPageNext"/> keeps its position but counts a hop (".1", ".2", ...),
/// so its token is new and no end signal.
/// </summary>
internal readonly record struct EventToken(bool Forward, EventKey Position, int Hop = 0)
{
    private const int TimestampDigits = 16;
    private const int SequenceDigits = 20;
    private const char HopMark = '.';

    public static string ForwardFrom(EventKey position, int hop = 0) => "f/" + Digits(position) + HopSuffix(hop);

    public static string BackwardFrom(EventKey position, int hop = 0) => "b/" + Digits(position) + HopSuffix(hop);

    public static EventToken Parse(string token)
    {
        bool forward = token.StartsWith("f/", StringComparison.Ordinal);
        bool backward = token.StartsWith("b/", StringComparison.Ordinal);
        ReadOnlySpan<char> digits = token.AsSpan(Math.Min(2, token.Length));
        int hop = 0;
        int mark = digits.IndexOf(HopMark);
        if (mark >= 0)
        {
            if (!int.TryParse(digits[(mark + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out hop) || hop < 1)
                throw Errors.InvalidNextToken();
            digits = digits[..mark];
        }
        if ((!forward && !backward) || digits.Length != TimestampDigits + SequenceDigits
            || !long.TryParse(digits[..TimestampDigits], NumberStyles.None, CultureInfo.InvariantCulture, out long timestamp)
            || !long.TryParse(digits[TimestampDigits..], NumberStyles.None, CultureInfo.InvariantCulture, out long sequence))
        {
            throw Errors.InvalidNextToken();
        }
        return new EventToken(forward, new EventKey(timestamp, sequence), hop);
    }

    private static string HopSuffix(int hop) => hop > 0 ? HopMark + hop.ToString(CultureInfo.InvariantCulture) : "";

    private static string Digits(EventKey position) =>
        position.Timestamp.ToString("D" + TimestampDigits, CultureInfo.InvariantCulture)
        + position.Sequence.ToString("D" + SequenceDigits, CultureInfo.InvariantCulture);
}
