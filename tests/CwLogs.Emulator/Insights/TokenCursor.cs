using System.Collections.Generic;
using CwLogs.Emulator.Protocol;

namespace CwLogs.Emulator.Insights;

/// <summary>Reading position in a query's tokens, with MalformedQueryException for what does not fit.</summary>
internal sealed class TokenCursor
{
    private readonly List<QueryToken> _tokens;
    private int _position;

    public TokenCursor(List<QueryToken> tokens) => _tokens = tokens;

    public QueryToken Peek(int ahead = 0) => _tokens[System.Math.Min(_position + ahead, _tokens.Count - 1)];

    public QueryToken Next()
    {
        QueryToken token = Peek();
        if (token.Kind != TokenKind.End) _position++;
        return token;
    }

    public bool TrySymbol(string symbol)
    {
        if (!Peek().Is(TokenKind.Symbol, symbol)) return false;
        _position++;
        return true;
    }

    public bool TryKeyword(string keyword)
    {
        if (!Peek().IsKeyword(keyword)) return false;
        _position++;
        return true;
    }

    public void ExpectSymbol(string symbol)
    {
        if (!TrySymbol(symbol)) throw Unexpected(Peek(), $"'{symbol}'");
    }

    public QueryToken Expect(TokenKind kind, string what)
    {
        QueryToken token = Peek();
        if (token.Kind != kind) throw Unexpected(token, what);
        return Next();
    }

    /// <summary>A field name (any name, or a back-quoted one).</summary>
    public string Field() => Expect(TokenKind.Name, "a field name").Text;

    /// <summary>Comma-separated field names.</summary>
    public List<string> FieldList()
    {
        var fields = new List<string> { Field() };
        while (TrySymbol(",")) fields.Add(Field());
        return fields;
    }

    public static ServiceException Unexpected(QueryToken token, string expected)
    {
        string found = token.Kind == TokenKind.End ? "end of query" : $"'{token.Text}'";
        return Fail(token, $"expected {expected} but found {found} at position {token.Start}");
    }

    public static ServiceException Fail(QueryToken token, string message) =>
        Errors.MalformedQuery(message, token.Start, System.Math.Max(token.End, token.Start + 1));
}
