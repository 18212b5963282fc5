using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using CwLogs.Emulator.Protocol;

namespace CwLogs.Emulator.Validation;

/// <summary>AWS resource tag rules: up to 50 tags, keys 1-128 and values 0-256 chars of a restricted set.</summary>
internal static partial class Tags
{
    public const int MaxTags = 50;

    [GeneratedRegex(@"^[\p{L}\p{Z}\p{N}_.:/=+\-@]+$")]
    private static partial Regex KeyRegex();

    [GeneratedRegex(@"^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$")]
    private static partial Regex ValueRegex();

    public static IReadOnlyDictionary<string, string> Check(IReadOnlyDictionary<string, string> tags, string member = "tags")
    {
        if (tags.Count < 1)
            throw Errors.Constraint(member, "{}", "Member must have length greater than or equal to 1");
        if (tags.Count > MaxTags)
        {
            throw Errors.Constraint(member, tags.Count.ToString(CultureInfo.InvariantCulture) + " tags",
                $"Member must have length less than or equal to {MaxTags}");
        }
        foreach ((string key, string value) in tags)
        {
            if (key.Length is < 1 or > 128 || !KeyRegex().IsMatch(key))
                throw Errors.Constraint(member, key, "Map keys must be 1-128 characters of [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]");
            if (value.Length > 256 || !ValueRegex().IsMatch(value))
                throw Errors.Constraint(member, value, "Map values must be 0-256 characters of [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]");
        }
        return tags;
    }
}
