using System;
using System.Globalization;

namespace CwLogs.Emulator.Insights;

/// <summary>
/// Comparing and printing field values. Every value is a string; two values that both read as numbers
/// compare as numbers, two that do not compare as ordinal text, and numbers order before text.
/// </summary>
internal static class FieldValues
{
    public static bool TryNumber(string? value, out double number) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out number);

    public static int Compare(string left, string right)
    {
        bool leftIsNumber = TryNumber(left, out double a);
        bool rightIsNumber = TryNumber(right, out double b);
        if (leftIsNumber && rightIsNumber) return a.CompareTo(b);
        if (leftIsNumber != rightIsNumber) return leftIsNumber ? -1 : 1;
        return string.CompareOrdinal(left, right);
    }

    /// <summary>A number and a text never compare (only != holds between them).</summary>
    public static bool Comparable(string left, string right) => TryNumber(left, out _) == TryNumber(right, out _);

    /// <summary>Whole numbers without a fraction ("42"), others in their shortest round-trip form ("12.5").</summary>
    public static string Format(double number) =>
        Math.Abs(number) < 1e15 && number == Math.Floor(number)
            ? number.ToString("0", CultureInfo.InvariantCulture)
            : number.ToString("R", CultureInfo.InvariantCulture);
}
