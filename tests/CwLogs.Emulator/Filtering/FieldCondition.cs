using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CwLogs.Emulator.Filtering;

/// <summary>A condition on one field of a space-delimited pattern, e.g. <c>status_code = 4* &amp;&amp; status_code != 403</c>.</summary>
internal abstract class FieldCondition
{
    public abstract bool Holds(string value);

    /// <summary>Field values are compared as numbers when both sides are numbers ("404", "1534.5", "1e3").</summary>
    public static bool TryNumber(string text, out double number) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number);
}

internal sealed class FieldAnd(FieldCondition left, FieldCondition right) : FieldCondition
{
    public override bool Holds(string value) => left.Holds(value) && right.Holds(value);
}

internal sealed class FieldOr(FieldCondition left, FieldCondition right) : FieldCondition
{
    public override bool Holds(string value) => left.Holds(value) || right.Holds(value);
}

/// <summary><c>bytes &gt; 1000</c>: a field that is not a number never matches (as JSON number comparisons).</summary>
internal sealed class FieldNumberComparison(string op, double expected) : FieldCondition
{
    public override bool Holds(string value)
    {
        if (!TryNumber(value, out double actual)) return false;
        return op switch
        {
            "=" => actual == expected,
            "!=" => actual != expected,
            "<" => actual < expected,
            ">" => actual > expected,
            "<=" => actual <= expected,
            ">=" => actual >= expected,
            _ => false,
        };
    }
}

/// <summary><c>request = *html*</c>, <c>user != "bob"</c> or <c>code = %^4[0-9]{2}$%</c>: = and != only.</summary>
internal sealed class FieldTextComparison(bool negate, Regex expected) : FieldCondition
{
    public override bool Holds(string value) => expected.IsMatch(value) != negate;
}
