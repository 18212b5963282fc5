namespace CwLogs.Emulator.Insights;

internal enum TokenKind
{
    /// <summary>A field or keyword: <c>@message</c>, <c>user.id</c>, <c>filter</c>, or a back-quoted name.</summary>
    Name,

    /// <summary>A single- or double-quoted string, unescaped.</summary>
    String,

    Number,

    /// <summary>A <c>/regular expression/</c>; Text is the expression between the slashes.</summary>
    Regex,

    /// <summary>Punctuation and operators: <c>| , ( ) [ ] * = != &lt; &lt;= &gt; &gt;= =~ -</c>.</summary>
    Symbol,

    End,
}

/// <summary>One token of a query, with its [Start, End) character offsets for QueryCompileError.</summary>
internal sealed record QueryToken(TokenKind Kind, string Text, int Start, int End)
{
    public bool Is(TokenKind kind, string text) =>
        Kind == kind && string.Equals(Text, text, System.StringComparison.Ordinal);

    /// <summary>A keyword (commands, and/or/not/like, asc/desc, as, by) in any letter case, never a back-quoted name.</summary>
    public bool IsKeyword(string keyword) =>
        Kind == TokenKind.Name && !Quoted && string.Equals(Text, keyword, System.StringComparison.OrdinalIgnoreCase);

    /// <summary>True for a back-quoted name, which is never a keyword.</summary>
    public bool Quoted { get; init; }
}
