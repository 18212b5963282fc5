using System;
using System.Globalization;
using CwLogs.Emulator.Protocol;

namespace CwLogs.Emulator.Paging;

/// <summary>
/// GetLogEvents tokens, shaped like AWS's: "f/" (forward) or "b/" (backward) and a 36-digit
/// position. A forward token is the index of the first event of the next page; a backward
/// token is the index one past the last event of the previous page. Paging past either end
/// returns the same token again, which is how AWS tells clients to stop.
/// </summary>
internal readonly record struct EventToken(bool Forward, int Position)
{
    private const int Digits = 36;

    public static string ForwardFrom(int position) => "f/" + Pad(position);

    public static string BackwardFrom(int position) => "b/" + Pad(position);

    public static EventToken Parse(string token)
    {
        bool forward = token.StartsWith("f/", StringComparison.Ordinal);
        bool backward = token.StartsWith("b/", StringComparison.Ordinal);
        ReadOnlySpan<char> digits = token.AsSpan(Math.Min(2, token.Length));
        if ((!forward && !backward) || digits.Length != Digits
            || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int position))
        {
            throw Errors.InvalidNextToken();
        }
        return new EventToken(forward, position);
    }

    private static string Pad(int position) => position.ToString("D" + Digits, CultureInfo.InvariantCulture);
}
