using System.Collections.Generic;
using System.Text;
using CwLogs.Emulator.Protocol;

namespace CwLogs.Emulator.Insights;

/// <summary>Splits a Logs Insights query into tokens. <c>#</c> starts a comment to the end of the line.</summary>
internal static class QueryLexer
{
    private static readonly string[] TwoCharSymbols = { "!=", "<=", ">=", "=~" };
    private const string OneCharSymbols = "|,()[]*=<>-";

    public static List<QueryToken> Tokenize(string query)
    {
        var tokens = new List<QueryToken>();
        int i = 0;
        while (i < query.Length)
        {
            char c = query[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c == '#') { while (i < query.Length && query[i] != '\n') i++; continue; }
            int start = i;
            if (c is '"' or '\'') tokens.Add(Quoted(query, ref i, c, TokenKind.String));
            else if (c == '`') tokens.Add(Quoted(query, ref i, c, TokenKind.Name) with { Quoted = true });
            else if (c == '/') tokens.Add(Regex(query, ref i));
            else if (char.IsDigit(c)) tokens.Add(Number(query, ref i));
            else if (IsNameStart(c)) tokens.Add(Name(query, ref i));
            else if (i + 1 < query.Length && System.Array.IndexOf(TwoCharSymbols, query.Substring(i, 2)) >= 0)
            {
                tokens.Add(new QueryToken(TokenKind.Symbol, query.Substring(i, 2), start, start + 2));
                i += 2;
            }
            else if (OneCharSymbols.IndexOf(c) >= 0)
            {
                tokens.Add(new QueryToken(TokenKind.Symbol, c.ToString(), start, start + 1));
                i++;
            }
            else throw Errors.MalformedQuery($"unexpected character '{c}' at position {start}", start, start + 1);
        }
        tokens.Add(new QueryToken(TokenKind.End, string.Empty, query.Length, query.Length));
        return tokens;
    }

    private static bool IsNameStart(char c) => char.IsLetter(c) || c is '_' or '@' or '$';

    private static bool IsNamePart(char c) => char.IsLetterOrDigit(c) || c is '_' or '@' or '$' or '.';

    private static QueryToken Name(string query, ref int i)
    {
        int start = i;
        while (i < query.Length && IsNamePart(query[i])) i++;
        return new QueryToken(TokenKind.Name, query[start..i], start, i);
    }

    private static QueryToken Number(string query, ref int i)
    {
        int start = i;
        while (i < query.Length && char.IsDigit(query[i])) i++;
        if (i + 1 < query.Length && query[i] == '.' && char.IsDigit(query[i + 1]))
        {
            i++;
            while (i < query.Length && char.IsDigit(query[i])) i++;
        }
        return new QueryToken(TokenKind.Number, query[start..i], start, i);
    }

    /// <summary>A quoted string or name; a backslash escapes the next character.</summary>
    private static QueryToken Quoted(string query, ref int i, char quote, TokenKind kind)
    {
        int start = i++;
        var text = new StringBuilder();
        while (i < query.Length && query[i] != quote)
        {
            if (query[i] == '\\' && i + 1 < query.Length) i++;
            text.Append(query[i++]);
        }
        if (i >= query.Length) throw Errors.MalformedQuery($"unterminated {quote} at position {start}", start, query.Length);
        i++;
        return new QueryToken(kind, text.ToString(), start, i);
    }

    /// <summary>A /regular expression/; <c>\/</c> is a slash inside it, other escapes are kept for the regex engine.</summary>
    private static QueryToken Regex(string query, ref int i)
    {
        int start = i++;
        var text = new StringBuilder();
        while (i < query.Length && query[i] != '/')
        {
            if (query[i] == '\\' && i + 1 < query.Length)
            {
                if (query[i + 1] != '/') text.Append('\\');
                i++;
            }
            text.Append(query[i++]);
        }
        if (i >= query.Length) throw Errors.MalformedQuery($"unterminated regular expression at position {start}", start, query.Length);
        i++;
        return new QueryToken(TokenKind.Regex, text.ToString(), start, i);
    }
}
