using System;
using System.Text;
using System.Text.Json;
using CwLogs.Emulator.Protocol;

namespace CwLogs.Emulator.Paging;

/// <summary>
/// Opaque nextToken for the Describe*/FilterLogEvents listings: the kind of listing plus the position
/// of the last item returned (a name, or an event's key), so the next page continues right after it
/// whatever was added or removed in between. Base64 of a JSON array, so clients treat it as opaque.
/// </summary>
internal static class PositionToken
{
    private const string Marker = "cwlogs-emulator";

    public static string Encode(string kind, params string[] position)
    {
        var parts = new string[position.Length + 2];
        parts[0] = Marker;
        parts[1] = kind;
        position.CopyTo(parts, 2);
        return Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(parts));
    }

    /// <summary>
    /// null when no token was sent; otherwise the position parts. InvalidParameterException for anything
    /// not made by <see cref="Encode"/> for this <paramref name="kind"/> with <paramref name="parts"/> parts.
    /// </summary>
    public static string[]? Decode(string? token, string kind, int parts)
    {
        if (token is null) return null;
        return TryDecode(token, kind, parts) ?? throw Errors.InvalidNextToken();
    }

    /// <summary>The position parts, or null for anything not made by <see cref="Encode"/> for this kind and part count.</summary>
    public static string[]? TryDecode(string token, string kind, int parts)
    {
        string[]? decoded;
        try
        {
            decoded = JsonSerializer.Deserialize<string[]>(Encoding.UTF8.GetString(Convert.FromBase64String(token)));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
        if (decoded is null || decoded.Length != parts + 2 || decoded[0] != Marker || decoded[1] != kind
            || Array.Exists(decoded, part => part is null))
        {
            return null;
        }
        return decoded[2..];
    }
}
