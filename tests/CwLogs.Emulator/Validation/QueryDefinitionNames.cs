using System.Text.RegularExpressions;
using CwLogs.Emulator.Protocol;

namespace CwLogs.Emulator.Validation;

/// <summary>Names of saved queries (and their prefix filter): 1-255 chars, '/'-separated parts without ':' or '*'.</summary>
internal static partial class QueryDefinitionNames
{
    public const int MaxLength = 255;
    private const string Pattern = @"^([^:*\/]+\/?)*[^:*\/]+$";

    [GeneratedRegex(Pattern)]
    private static partial Regex NameRegex();

    public static string Check(string value, string member = "name")
    {
        Lengths.Check(value, member, 1, MaxLength);
        if (!NameRegex().IsMatch(value))
            throw Errors.Constraint(member, value, $"Member must satisfy regular expression pattern: {Pattern}");
        return value;
    }
}
