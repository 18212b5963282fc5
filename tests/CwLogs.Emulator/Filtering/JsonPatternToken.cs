namespace CwLogs.Emulator.Filtering;

internal enum JsonTokenKind
{
    OpenBrace,
    CloseBrace,
    OpenParen,
    CloseParen,
    And,
    Or,
    Operator,
    Selector,
    String,
    Number,
    Word,
    End,
}

/// <summary>One lexical token of a JSON filter pattern; <see cref="Text"/> is the unquoted text.</summary>
internal readonly record struct JsonPatternToken(JsonTokenKind Kind, string Text, int Position);
