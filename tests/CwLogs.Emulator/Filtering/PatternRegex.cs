using System;
using System.Text.RegularExpressions;

namespace CwLogs.Emulator.Filtering;

/// <summary>The %regular expression% of any filter pattern, found anywhere in the text it is applied to.</summary>
internal static class PatternRegex
{
    public static Regex Compile(string expression)
    {
        try
        {
            return new Regex(expression, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException e)
        {
            throw FilterPattern.Invalid($"bad regular expression: {e.Message}");
        }
    }
}
