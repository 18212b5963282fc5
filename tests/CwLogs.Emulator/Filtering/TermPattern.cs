using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace CwLogs.Emulator.Filtering;

/// <summary>
/// Term patterns: whitespace-separated terms, each a word, a "quoted phrase" or a %regular expression%,
/// matched case-sensitively anywhere in the message.
/// Plain terms must all appear; "?term"s are alternatives (at least one must appear);
/// "-term"s must not appear. Example: <c>ERROR "disk full" -retry</c>, <c>?ERROR ?WARN</c>.
/// </summary>
internal sealed class TermPattern : IMessagePattern
{
    private readonly List<Term> _required = new();
    private readonly List<Term> _anyOf = new();
    private readonly List<Term> _excluded = new();

    private TermPattern()
    {
    }

    public static TermPattern Parse(string text)
    {
        var pattern = new TermPattern();
        int i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i >= text.Length) break;

            List<Term> bucket = pattern._required;
            if (text[i] is '?' or '-')
            {
                bucket = text[i] == '?' ? pattern._anyOf : pattern._excluded;
                i++;
                if (i >= text.Length || char.IsWhiteSpace(text[i]))
                    throw FilterPattern.Invalid($"'{text[i - 1]}' must be followed by a term.");
            }
            bucket.Add(text[i] switch
            {
                '"' => ReadQuoted(text, ref i),
                '%' => ReadRegex(text, ref i),
                _ => ReadBare(text, ref i),
            });
        }
        return pattern;
    }

    public bool Matches(string message)
    {
        foreach (Term term in _required)
        {
            if (!term.FoundIn(message)) return false;
        }
        foreach (Term term in _excluded)
        {
            if (term.FoundIn(message)) return false;
        }
        if (_anyOf.Count == 0) return true;
        foreach (Term term in _anyOf)
        {
            if (term.FoundIn(message)) return true;
        }
        return false;
    }

    private static Term ReadQuoted(string text, ref int i)
    {
        var phrase = new StringBuilder();
        i++; // opening quote
        while (i < text.Length && text[i] != '"')
        {
            // \" and \\ escape inside quotes
            if (text[i] == '\\' && i + 1 < text.Length) i++;
            phrase.Append(text[i]);
            i++;
        }
        if (i >= text.Length) throw FilterPattern.Invalid("unterminated quoted term.");
        i++; // closing quote
        if (i < text.Length && !char.IsWhiteSpace(text[i]))
            throw FilterPattern.Invalid("a quoted term must be followed by whitespace.");
        if (phrase.Length == 0) throw FilterPattern.Invalid("empty quoted term.");
        return Term.Literal(phrase.ToString());
    }

    /// <summary>%regex% may contain spaces, so it runs to the closing '%'.</summary>
    private static Term ReadRegex(string text, ref int i)
    {
        int close = text.IndexOf('%', i + 1);
        if (close < 0) throw FilterPattern.Invalid("unterminated %regex% term.");
        string expression = text.Substring(i + 1, close - i - 1);
        i = close + 1;
        if (expression.Length == 0) throw FilterPattern.Invalid("empty %regex% term.");
        return Term.Regex(expression);
    }

    private static Term ReadBare(string text, ref int i)
    {
        int start = i;
        while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
        string word = text.Substring(start, i - start);
        if (word.IndexOfAny(new[] { '"', '{', '}' }) >= 0)
            throw FilterPattern.Invalid($"unexpected character in term '{word}'.");
        return Term.Literal(word);
    }

    private sealed class Term
    {
        private readonly string? _literal;
        private readonly Regex? _regex;

        private Term(string? literal, Regex? regex)
        {
            _literal = literal;
            _regex = regex;
        }

        public static Term Literal(string text) => new(text, null);

        public static Term Regex(string expression) => new(null, PatternRegex.Compile(expression));

        public bool FoundIn(string message) =>
            _regex?.IsMatch(message) ?? message.Contains(_literal!, StringComparison.Ordinal);
    }
}
