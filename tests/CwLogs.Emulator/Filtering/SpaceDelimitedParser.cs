using System.Collections.Generic;
using System.Text;

namespace CwLogs.Emulator.Filtering;

/// <summary>
/// Parses <c>[entry, entry, ...]</c>. An entry is empty (an unnamed field), "...", a name, or conditions
/// on that name:
/// <code>
/// entry     := or
/// or        := and ('||' and)*
/// and       := condition ('&amp;&amp;' condition)*
/// condition := name op value        op: = != &lt; &lt;= &gt; &gt;=
/// value     := number | "quoted*wildcard" | bare*wildcard | %regex%
/// </code>
/// &amp;&amp; binds tighter than ||. Every condition of an entry names that entry's field.
/// </summary>
internal sealed class SpaceDelimitedParser
{
    private const string EllipsisText = "...";
    private readonly string _text;
    private int _next;

    private SpaceDelimitedParser(string text) => _text = text;

    public static List<DelimitedEntry> ParseEntries(string pattern)
    {
        var entries = new List<DelimitedEntry>();
        foreach (string entry in SplitEntries(pattern))
        {
            string trimmed = entry.Trim();
            if (trimmed.Length == 0) entries.Add(DelimitedEntry.Unnamed);
            else if (trimmed == EllipsisText) entries.Add(DelimitedEntry.Ellipsis);
            else entries.Add(new SpaceDelimitedParser(trimmed).ParseEntry());
        }
        return entries;
    }

    /// <summary>The text between '[' and the closing ']', cut at commas that are not inside "quotes" or %regex%.</summary>
    private static List<string> SplitEntries(string pattern)
    {
        var entries = new List<string>();
        var current = new StringBuilder();
        char? openedBy = null; // '"' or '%' while inside a quoted value or a regex
        for (int i = 1; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (openedBy is char opener)
            {
                if (c == '\\' && opener == '"' && i + 1 < pattern.Length) current.Append(c).Append(pattern[++i]);
                else current.Append(c);
                if (c == opener) openedBy = null;
                continue;
            }
            switch (c)
            {
                case '"' or '%':
                    openedBy = c;
                    current.Append(c);
                    break;
                case ',':
                    entries.Add(current.ToString());
                    current.Clear();
                    break;
                case ']':
                    if (pattern.AsSpan(i + 1).Trim().Length > 0)
                        throw FilterPattern.Invalid($"unexpected text after ']' at position {i + 1}.");
                    entries.Add(current.ToString());
                    if (entries.Count == 1 && entries[0].Trim().Length == 0)
                        throw FilterPattern.Invalid("a space-delimited pattern needs at least one field.");
                    return entries;
                default:
                    current.Append(c);
                    break;
            }
        }
        throw FilterPattern.Invalid(openedBy is null ? "missing ']'." : $"unterminated {(openedBy == '"' ? "quoted value" : "%regex%")}.");
    }

    private DelimitedEntry ParseEntry()
    {
        string name = ReadName();
        SkipSpaces();
        if (AtEnd) return new DelimitedEntry(name, null);
        _next = 0;
        FieldCondition condition = ParseOr(name);
        if (!AtEnd) throw Unexpected("'&&', '||' or ','");
        return new DelimitedEntry(name, condition);
    }

    private FieldCondition ParseOr(string field)
    {
        FieldCondition left = ParseAnd(field);
        while (Accept("||")) left = new FieldOr(left, ParseAnd(field));
        return left;
    }

    private FieldCondition ParseAnd(string field)
    {
        FieldCondition left = ParseCondition(field);
        while (Accept("&&")) left = new FieldAnd(left, ParseCondition(field));
        return left;
    }

    private FieldCondition ParseCondition(string field)
    {
        SkipSpaces();
        string name = ReadName();
        if (name != field)
            throw FilterPattern.Invalid($"the conditions of field '{field}' must all name '{field}', found '{name}'.");
        SkipSpaces();
        string op = ReadOperator();
        SkipSpaces();
        if (AtEnd) throw Unexpected("a value");
        char first = _text[_next];
        if (first == '"') return Text(op, Wildcard.Compile(ReadDelimited('"')));
        if (first == '%') return Text(op, PatternRegex.Compile(ReadDelimited('%')));
        string bare = ReadBare();
        if (FieldCondition.TryNumber(bare, out double number)) return new FieldNumberComparison(op, number);
        if (op is not ("=" or "!="))
            throw FilterPattern.Invalid($"operator '{op}' needs a numeric value, got '{bare}'.");
        return new FieldTextComparison(op == "!=", Wildcard.Compile(bare));
    }

    private static FieldCondition Text(string op, System.Text.RegularExpressions.Regex expected) =>
        op is "=" or "!=" ? new FieldTextComparison(op == "!=", expected)
            : throw FilterPattern.Invalid($"operator '{op}' needs a numeric value.");

    private string ReadName()
    {
        int start = _next;
        while (!AtEnd && (char.IsLetterOrDigit(_text[_next]) || _text[_next] is '_' or '-')) _next++;
        return _next > start ? _text.Substring(start, _next - start) : throw Unexpected("a field name");
    }

    private string ReadOperator()
    {
        foreach (string op in new[] { "!=", "<=", ">=", "=", "<", ">" })
        {
            if (Accept(op)) return op;
        }
        throw Unexpected("a comparison operator");
    }

    private string ReadDelimited(char closer)
    {
        var value = new StringBuilder();
        _next++; // opening quote or %
        while (!AtEnd && _text[_next] != closer)
        {
            if (closer == '"' && _text[_next] == '\\' && _next + 1 < _text.Length) _next++;
            value.Append(_text[_next++]);
        }
        _next++; // closing quote or % (SplitEntries guarantees it is there)
        if (value.Length == 0 && closer == '%') throw FilterPattern.Invalid("empty %regex%.");
        return value.ToString();
    }

    /// <summary>An unquoted value runs to whitespace or to a following &amp;&amp; / ||.</summary>
    private string ReadBare()
    {
        int start = _next;
        while (!AtEnd && !char.IsWhiteSpace(_text[_next]) && !LooksAt("&&") && !LooksAt("||")) _next++;
        return _next > start ? _text.Substring(start, _next - start) : throw Unexpected("a value");
    }

    private bool Accept(string token)
    {
        SkipSpaces();
        if (!LooksAt(token)) return false;
        _next += token.Length;
        return true;
    }

    private bool LooksAt(string token) => string.CompareOrdinal(_text, _next, token, 0, token.Length) == 0;

    private void SkipSpaces()
    {
        while (!AtEnd && char.IsWhiteSpace(_text[_next])) _next++;
    }

    private bool AtEnd => _next >= _text.Length;

    private Protocol.ServiceException Unexpected(string expected) =>
        FilterPattern.Invalid(AtEnd
            ? $"expected {expected} but the field ended in '{_text}'."
            : $"expected {expected} at '{_text.Substring(_next)}' in '{_text}'.");
}
