using System;
using System.Text.RegularExpressions;

namespace CwLogs.Emulator.Filtering;

/// <summary>Filter-pattern string values: a whole-value, case-sensitive match where '*' stands for any run of characters.</summary>
internal static class Wildcard
{
    public static Regex Compile(string value)
    {
        string expression = "^" + string.Join(".*", Array.ConvertAll(value.Split('*'), Regex.Escape)) + "$";
        return new Regex(expression, RegexOptions.Singleline | RegexOptions.CultureInvariant);
    }
}
