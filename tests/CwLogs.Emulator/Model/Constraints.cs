using System.Collections.Generic;
using System.Globalization;

namespace CwLogs.Emulator.Model;

/// <summary>
/// The service's wording for each kind of constraint, as it appears after "failed to satisfy constraint: "
/// (e.g. "Member must have length less than or equal to 512"). Lengths apply to strings, lists and maps.
/// </summary>
internal static class Constraints
{
    public const string NotNull = "Member must not be null";

    public static string MinLength(decimal min) => $"Member must have length greater than or equal to {Number(min)}";

    public static string MaxLength(decimal max) => $"Member must have length less than or equal to {Number(max)}";

    public static string MinValue(decimal min) => $"Member must have value greater than or equal to {Number(min)}";

    public static string MaxValue(decimal max) => $"Member must have value less than or equal to {Number(max)}";

    public static string Pattern(string pattern) => $"Member must satisfy regular expression pattern: {pattern}";

    public static string Enum(IEnumerable<string> values) => $"Member must satisfy enum value set: [{string.Join(", ", values)}]";

    /// <summary>Map keys and values are reported once per map, listing every constraint of the key (or value) shape.</summary>
    public static string MapKeys(IEnumerable<string> constraints) => $"Map keys must satisfy constraint: [{string.Join(", ", constraints)}]";

    public static string MapValues(IEnumerable<string> constraints) => $"Map value must satisfy constraint: [{string.Join(", ", constraints)}]";

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
