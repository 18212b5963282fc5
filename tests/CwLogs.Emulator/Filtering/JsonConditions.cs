using System.Text.Json;
using System.Text.RegularExpressions;

namespace CwLogs.Emulator.Filtering;

/// <summary>A node of a parsed JSON filter pattern.</summary>
internal abstract class JsonCondition
{
    public abstract bool Evaluate(JsonElement root);
}

internal sealed class AndCondition(JsonCondition left, JsonCondition right) : JsonCondition
{
    public override bool Evaluate(JsonElement root) => left.Evaluate(root) && right.Evaluate(root);
}

internal sealed class OrCondition(JsonCondition left, JsonCondition right) : JsonCondition
{
    public override bool Evaluate(JsonElement root) => left.Evaluate(root) || right.Evaluate(root);
}

/// <summary><c>$.n &gt; 5</c> etc.: only numbers compare with numbers (a missing field never matches).</summary>
internal sealed class NumberComparison(JsonSelector selector, string op, double expected) : JsonCondition
{
    public override bool Evaluate(JsonElement root)
    {
        if (!selector.TryResolve(root, out JsonElement value) || value.ValueKind != JsonValueKind.Number) return false;
        double actual = value.GetDouble();
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

/// <summary>
/// <c>$.level = "ERR*"</c>: case-sensitive string equality where '*' matches any run of characters.
/// Value nodes are strings and numbers; a number is compared by its JSON text, so <c>$.latency = *</c>
/// matches any present latency and <c>$.code = 4*</c> matches 404.
/// </summary>
internal sealed class StringEquality : JsonCondition
{
    private readonly JsonSelector _selector;
    private readonly bool _negate;
    private readonly Regex _expected;

    public StringEquality(JsonSelector selector, string op, string expected)
    {
        _selector = selector;
        _negate = op == "!=";
        _expected = Wildcard.Compile(expected);
    }

    public override bool Evaluate(JsonElement root)
    {
        if (!_selector.TryResolve(root, out JsonElement value)) return false;
        string? text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        return text is not null && _expected.IsMatch(text) != _negate;
    }
}

/// <summary><c>$.flag IS TRUE</c>, <c>IS FALSE</c>, <c>IS NULL</c>.</summary>
internal sealed class IsCondition(JsonSelector selector, JsonValueKind kind) : JsonCondition
{
    public override bool Evaluate(JsonElement root) =>
        selector.TryResolve(root, out JsonElement value) && value.ValueKind == kind;
}

/// <summary><c>$.field EXISTS</c> and <c>$.field NOT EXISTS</c>.</summary>
internal sealed class ExistsCondition(JsonSelector selector, bool shouldExist) : JsonCondition
{
    public override bool Evaluate(JsonElement root) => selector.TryResolve(root, out _) == shouldExist;
}
