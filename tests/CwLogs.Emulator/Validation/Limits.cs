using System.Globalization;
using CwLogs.Emulator.Protocol;

namespace CwLogs.Emulator.Validation;

/// <summary>Range checks for numeric members such as <c>limit</c>.</summary>
internal static class Limits
{
    /// <summary>Returns <paramref name="value"/>, or <paramref name="defaultValue"/> when it was not sent.</summary>
    public static int Range(int? value, int min, int max, int defaultValue, string member = "limit")
    {
        if (value is null) return defaultValue;
        string shown = value.Value.ToString(CultureInfo.InvariantCulture);
        if (value < min)
            throw Errors.Constraint(member, shown, $"Member must have value greater than or equal to {min}");
        if (value > max)
            throw Errors.Constraint(member, shown, $"Member must have value less than or equal to {max}");
        return value.Value;
    }
}
