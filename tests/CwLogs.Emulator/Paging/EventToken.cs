using System;
using System.Globalization;
using CwLogs.Emulator.Protocol;

namespace CwLogs.Emulator.Paging;

/// <summary>
/// GetLogEvents tokens, shaped like AWS's: "f/" (forward) or "b/" (backward) and 36 digits. A forward
/// token's position is the index of the first event of the next page; a backward token's is the
/// index one past the last event of the previous page. Paging past either end returns the same
/// token again, which is how AWS tells clients to stop. The first digits count the empty pages
/// served on the way (<see cref="EmulatorFaults.EmptyPageNext"/>), so such a page's token is new.
/// </summary>
internal readonly record struct EventToken(bool Forward, int Position, int Hop = 0)
{
    private const int HopDigits = 6;
    private const int PositionDigits = 30;

    public static string ForwardFrom(int position, int hop = 0) => "f/" + Digits(position, hop);

    public static string BackwardFrom(int position, int hop = 0) => "b/" + Digits(position, hop);

    public static EventToken Parse(string token)
    {
        bool forward = token.StartsWith("f/", StringComparison.Ordinal);
        bool backward = token.StartsWith("b/", StringComparison.Ordinal);
        ReadOnlySpan<char> digits = token.AsSpan(Math.Min(2, token.Length));
        if ((!forward && !backward) || digits.Length != HopDigits + PositionDigits
            || !int.TryParse(digits[..HopDigits], NumberStyles.None, CultureInfo.InvariantCulture, out int hop)
            || !int.TryParse(digits[HopDigits..], NumberStyles.None, CultureInfo.InvariantCulture, out int position))
        {
            throw Errors.InvalidNextToken();
        }
        return new EventToken(forward, position, hop);
    }

    private static string Digits(int position, int hop)
        => hop.ToString("D" + HopDigits, CultureInfo.InvariantCulture) + position.ToString("D" + PositionDigits, CultureInfo.InvariantCulture);
}
