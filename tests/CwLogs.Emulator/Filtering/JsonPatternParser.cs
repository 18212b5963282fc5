using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace CwLogs.Emulator.Filtering;

/// <summary>
/// Recursive-descent parser for JSON filter patterns:
/// <code>
/// pattern    := '{' or '}'
/// or         := and ('||' and)*
/// and        := unary ('&amp;&amp;' unary)*
/// unary      := '(' or ')' | comparison
/// comparison := selector op value | selector IS (TRUE|FALSE|NULL) | selector [NOT] EXISTS
/// </code>
/// </summary>
internal sealed class JsonPatternParser
{
    private readonly List<JsonPatternToken> _tokens;
    private int _next;

    public JsonPatternParser(string text) => _tokens = JsonPatternLexer.Tokenize(text);

    public JsonCondition ParsePattern()
    {
        Expect(JsonTokenKind.OpenBrace, "'{'");
        JsonCondition condition = ParseOr();
        Expect(JsonTokenKind.CloseBrace, "'}'");
        Expect(JsonTokenKind.End, "end of pattern");
        return condition;
    }

    private JsonCondition ParseOr()
    {
        JsonCondition left = ParseAnd();
        while (Accept(JsonTokenKind.Or)) left = new OrCondition(left, ParseAnd());
        return left;
    }

    private JsonCondition ParseAnd()
    {
        JsonCondition left = ParseUnary();
        while (Accept(JsonTokenKind.And)) left = new AndCondition(left, ParseUnary());
        return left;
    }

    private JsonCondition ParseUnary()
    {
        if (!Accept(JsonTokenKind.OpenParen)) return ParseComparison();
        JsonCondition inner = ParseOr();
        Expect(JsonTokenKind.CloseParen, "')'");
        return inner;
    }

    private JsonCondition ParseComparison()
    {
        JsonSelector selector = JsonSelector.Parse(Expect(JsonTokenKind.Selector, "a selector such as $.field").Text);
        JsonPatternToken token = Take();
        if (token.Kind == JsonTokenKind.Operator) return ParseValue(selector, token.Text);
        if (IsWord(token, "IS"))
        {
            JsonPatternToken what = Take();
            if (IsWord(what, "TRUE")) return new IsCondition(selector, JsonValueKind.True);
            if (IsWord(what, "FALSE")) return new IsCondition(selector, JsonValueKind.False);
            if (IsWord(what, "NULL")) return new IsCondition(selector, JsonValueKind.Null);
            throw Unexpected(what, "TRUE, FALSE or NULL");
        }
        if (IsWord(token, "EXISTS")) return new ExistsCondition(selector, shouldExist: true);
        if (IsWord(token, "NOT"))
        {
            JsonPatternToken exists = Take();
            if (IsWord(exists, "EXISTS")) return new ExistsCondition(selector, shouldExist: false);
            throw Unexpected(exists, "EXISTS");
        }
        throw Unexpected(token, "a comparison operator");
    }

    private JsonCondition ParseValue(JsonSelector selector, string op)
    {
        JsonPatternToken value = Take();
        if (value.Kind == JsonTokenKind.Number)
            return new NumberComparison(selector, op, double.Parse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture));
        if (value.Kind is not (JsonTokenKind.String or JsonTokenKind.Word))
            throw Unexpected(value, "a value");
        if (op is not ("=" or "!="))
            throw FilterPattern.Invalid($"operator '{op}' needs a numeric value, got '{value.Text}'.");
        return new StringEquality(selector, op, value.Text);
    }

    private JsonPatternToken Take() => _tokens[_next < _tokens.Count - 1 ? _next++ : _next];

    private bool Accept(JsonTokenKind kind)
    {
        if (_tokens[_next].Kind != kind) return false;
        _next++;
        return true;
    }

    private JsonPatternToken Expect(JsonTokenKind kind, string description)
    {
        JsonPatternToken token = Take();
        return token.Kind == kind ? token : throw Unexpected(token, description);
    }

    private static bool IsWord(JsonPatternToken token, string word) =>
        token.Kind == JsonTokenKind.Word && string.Equals(token.Text, word, System.StringComparison.Ordinal);

    private static Protocol.ServiceException Unexpected(JsonPatternToken token, string expected) =>
        FilterPattern.Invalid(token.Kind == JsonTokenKind.End
            ? $"expected {expected} but the pattern ended."
            : $"expected {expected} at position {token.Position}, found '{token.Text}'.");
}
