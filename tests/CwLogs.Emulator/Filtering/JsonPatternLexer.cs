using System.Collections.Generic;
using System.Text;

namespace CwLogs.Emulator.Filtering;

/// <summary>Splits a JSON filter pattern into tokens; rejects characters the syntax has no use for.</summary>
internal static class JsonPatternLexer
{
    public static List<JsonPatternToken> Tokenize(string text)
    {
        var tokens = new List<JsonPatternToken>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            int start = i;
            if (char.IsWhiteSpace(c)) { i++; continue; }
            switch (c)
            {
                case '{': tokens.Add(new(JsonTokenKind.OpenBrace, "{", start)); i++; continue;
                case '}': tokens.Add(new(JsonTokenKind.CloseBrace, "}", start)); i++; continue;
                case '(': tokens.Add(new(JsonTokenKind.OpenParen, "(", start)); i++; continue;
                case ')': tokens.Add(new(JsonTokenKind.CloseParen, ")", start)); i++; continue;
                case '"': tokens.Add(new(JsonTokenKind.String, ReadString(text, ref i), start)); continue;
            }
            if (Match(text, i, "&&")) { tokens.Add(new(JsonTokenKind.And, "&&", start)); i += 2; continue; }
            if (Match(text, i, "||")) { tokens.Add(new(JsonTokenKind.Or, "||", start)); i += 2; continue; }
            string? op = ReadOperator(text, i);
            if (op is not null) { tokens.Add(new(JsonTokenKind.Operator, op, start)); i += op.Length; continue; }
            if (c == '$') { tokens.Add(new(JsonTokenKind.Selector, ReadWhile(text, ref i, IsSelectorChar), start)); continue; }
            if (IsWordChar(c))
            {
                string word = ReadWhile(text, ref i, IsWordChar);
                bool number = double.TryParse(word, System.Globalization.NumberStyles.Float,
                    System.Globalization.CultureInfo.InvariantCulture, out _);
                tokens.Add(new(number ? JsonTokenKind.Number : JsonTokenKind.Word, word, start));
                continue;
            }
            throw FilterPattern.Invalid($"unexpected character '{c}' at position {i}.");
        }
        tokens.Add(new(JsonTokenKind.End, string.Empty, text.Length));
        return tokens;
    }

    private static string? ReadOperator(string text, int i)
    {
        foreach (string op in new[] { "!=", "<=", ">=", "=", "<", ">" })
        {
            if (Match(text, i, op)) return op;
        }
        return null;
    }

    private static string ReadString(string text, ref int i)
    {
        var value = new StringBuilder();
        i++; // opening quote
        while (i < text.Length && text[i] != '"')
        {
            if (text[i] == '\\' && i + 1 < text.Length) i++;
            value.Append(text[i]);
            i++;
        }
        if (i >= text.Length) throw FilterPattern.Invalid("unterminated string value.");
        i++; // closing quote
        return value.ToString();
    }

    private static string ReadWhile(string text, ref int i, System.Func<char, bool> accept)
    {
        int start = i;
        while (i < text.Length && accept(text[i])) i++;
        return text.Substring(start, i - start);
    }

    private static bool Match(string text, int i, string expected) =>
        string.CompareOrdinal(text, i, expected, 0, expected.Length) == 0;

    private static bool IsSelectorChar(char c) => c is '$' or '.' or '[' or ']' or '_' or '-' or '@' || char.IsLetterOrDigit(c);

    private static bool IsWordChar(char c) => c is '_' or '-' or '.' or '*' or ':' or '/' or '@' or '+' || char.IsLetterOrDigit(c);
}
