using System.Globalization;
using CwLogs.Emulator.Protocol;

namespace CwLogs.Emulator.Validation;

/// <summary>The model's min/max length constraints on string members.</summary>
internal static class Lengths
{
    public static string Check(string value, string member, int min, int max)
    {
        if (value.Length < min)
            throw Errors.Constraint(member, value, $"Member must have length greater than or equal to {min.ToString(CultureInfo.InvariantCulture)}");
        if (value.Length > max)
            throw Errors.Constraint(member, value, $"Member must have length less than or equal to {max.ToString(CultureInfo.InvariantCulture)}");
        return value;
    }
}
