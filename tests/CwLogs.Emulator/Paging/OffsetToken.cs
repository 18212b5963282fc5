using System;
using System.Globalization;
using System.Text;
using CwLogs.Emulator.Protocol;

namespace CwLogs.Emulator.Paging;

/// <summary>
/// Opaque nextToken for the Describe*/Filter* operations: the position of the next item
/// in the (deterministically ordered) result list, base64-encoded so clients treat it as opaque.
/// </summary>
internal static class OffsetToken
{
    private const string Prefix = "cwlogs-emulator:";

    public static string Encode(int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));

    /// <summary>0 when no token was sent; InvalidParameterException for anything not made by <see cref="Encode"/>.</summary>
    public static int Decode(string? token)
    {
        if (token is null) return 0;
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
        }
        catch (FormatException)
        {
            throw Errors.InvalidNextToken();
        }
        if (!text.StartsWith(Prefix, StringComparison.Ordinal)
            || !int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out int offset))
        {
            throw Errors.InvalidNextToken();
        }
        return offset;
    }
}
