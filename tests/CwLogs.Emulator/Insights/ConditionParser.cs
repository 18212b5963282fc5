using System.Collections.Generic;
using System.Text.RegularExpressions;
using CwLogs.Emulator.Insights.Conditions;

namespace CwLogs.Emulator.Insights;

/// <summary>
/// The condition of <c>filter</c>: comparisons, <c>like</c>, <c>=~</c>, <c>in [...]</c>, <c>ispresent(f)</c>,
/// combined with <c>not</c> (tightest), <c>and</c>, <c>or</c> (loosest) and parentheses.
/// </summary>
internal static class ConditionParser
{
    public static ICondition Parse(TokenCursor cursor)
    {
        ICondition condition = And(cursor);
        while (cursor.TryKeyword("or")) condition = new Or(condition, And(cursor));
        return condition;
    }

    private static ICondition And(TokenCursor cursor)
    {
        ICondition condition = Unary(cursor);
        while (cursor.TryKeyword("and")) condition = new And(condition, Unary(cursor));
        return condition;
    }

    private static ICondition Unary(TokenCursor cursor)
    {
        if (cursor.TryKeyword("not")) return new Not(Unary(cursor));
        if (cursor.TrySymbol("("))
        {
            ICondition inner = Parse(cursor);
            cursor.ExpectSymbol(")");
            return inner;
        }
        if (cursor.Peek().IsKeyword("ispresent") && cursor.Peek(1).Is(TokenKind.Symbol, "("))
        {
            cursor.Next();
            cursor.Next();
            string field = cursor.Field();
            cursor.ExpectSymbol(")");
            return new IsPresent(field);
        }
        return Predicate(cursor);
    }

    private static ICondition Predicate(TokenCursor cursor)
    {
        Operand left = Operand(cursor);
        QueryToken op = cursor.Peek();
        if (op.Kind == TokenKind.Symbol && Comparison.IsOperator(op.Text))
        {
            cursor.Next();
            return new Comparison(left, op.Text, Operand(cursor));
        }
        if (cursor.TrySymbol("=~")) return Conditions.Match.Pattern(left, Regex(cursor));
        if (cursor.TryKeyword("like")) return Like(cursor, left);
        if (cursor.Peek().IsKeyword("not") && cursor.Peek(1).IsKeyword("like"))
        {
            cursor.Next();
            cursor.Next();
            return new Not(Like(cursor, left));
        }
        if (cursor.TryKeyword("in")) return In(cursor, left);
        throw TokenCursor.Unexpected(op, "a comparison (=, !=, <, <=, >, >=, like, =~, in)");
    }

    private static ICondition Like(TokenCursor cursor, Operand subject)
    {
        QueryToken pattern = cursor.Peek();
        if (pattern.Kind == TokenKind.String)
        {
            cursor.Next();
            return Conditions.Match.Substring(subject, pattern.Text);
        }
        return Conditions.Match.Pattern(subject, Regex(cursor));
    }

    private static ICondition In(TokenCursor cursor, Operand subject)
    {
        cursor.ExpectSymbol("[");
        ICondition any = new Comparison(subject, "=", Literal(cursor));
        while (cursor.TrySymbol(",")) any = new Or(any, new Comparison(subject, "=", Literal(cursor)));
        cursor.ExpectSymbol("]");
        return any;
    }

    private static Operand Operand(TokenCursor cursor)
    {
        QueryToken token = cursor.Peek();
        if (token.Kind == TokenKind.Name)
        {
            cursor.Next();
            return new Operand(token.Text, IsField: true);
        }
        return Literal(cursor);
    }

    private static Operand Literal(TokenCursor cursor)
    {
        QueryToken token = cursor.Next();
        if (token.Kind is TokenKind.String or TokenKind.Number) return new Operand(token.Text, IsField: false);
        if (token.Is(TokenKind.Symbol, "-") && cursor.Peek().Kind == TokenKind.Number)
            return new Operand("-" + cursor.Next().Text, IsField: false);
        throw TokenCursor.Unexpected(token, "a field, a string or a number");
    }

    private static Regex Regex(TokenCursor cursor)
    {
        QueryToken token = cursor.Expect(TokenKind.Regex, "a /regular expression/");
        return Compile(token);
    }

    public static Regex Compile(QueryToken token)
    {
        try
        {
            return Commands.ParseCommand.Compile(token.Text);
        }
        catch (System.ArgumentException e)
        {
            throw TokenCursor.Fail(token, $"invalid regular expression at position {token.Start}: {e.Message}");
        }
    }
}
