using System.Text;
using System.Text.RegularExpressions;

namespace CwLogs.Emulator.Model;

/// <summary>
/// Model patterns are Java regular expressions matched against the whole value (Matcher.matches).
/// .NET reads the same syntax except that Java's <c>\w</c>, <c>\d</c> and <c>\s</c> are ASCII-only,
/// so those become explicit ASCII classes (e.g. "ü" is not a <c>\w</c> for the service).
/// </summary>
internal static class JavaPattern
{
    public static Regex Compile(string pattern) =>
        new(@"\A(?:" + Translate(pattern) + @")\z", RegexOptions.CultureInvariant);

    public static string Translate(string pattern)
    {
        var result = new StringBuilder(pattern.Length + 16);
        bool inClass = false;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                char next = pattern[++i];
                string? ascii = next switch
                {
                    'w' => "A-Za-z0-9_",
                    'd' => "0-9",
                    's' => @" \t\n\x0B\f\r",
                    _ => null,
                };
                if (ascii is null) result.Append(c).Append(next);
                else if (inClass) result.Append(ascii);
                else result.Append('[').Append(ascii).Append(']');
                continue;
            }
            if (c == '[' && !inClass) inClass = true;
            else if (c == ']' && inClass) inClass = false;
            result.Append(c);
        }
        return result.ToString();
    }
}
