using System;
using System.Collections.Generic;
using System.Globalization;
using CwLogs.Emulator.Insights.Commands;
using CwLogs.Emulator.Protocol;

namespace CwLogs.Emulator.Insights;

/// <summary>
/// Compiles the emulator's subset of the Logs Insights language: commands separated by <c>|</c>, each one of
/// <c>fields</c>, <c>filter</c>, <c>sort</c>, <c>limit</c>, <c>stats</c>, <c>parse</c>. Anything else is a
/// MalformedQueryException whose queryCompileError points at the offending text.
/// </summary>
internal static class QueryParser
{
    public static InsightsQuery Parse(string query)
    {
        var cursor = new TokenCursor(QueryLexer.Tokenize(query));
        if (cursor.Peek().Kind == TokenKind.End) throw Errors.MalformedQuery("the query is empty", 0, 0);
        var commands = new List<IQueryCommand>();
        bool hasLimit = false;
        do
        {
            QueryToken name = cursor.Next();
            IQueryCommand command = Command(cursor, name);
            hasLimit |= command is LimitCommand;
            commands.Add(command);
            QueryToken after = cursor.Peek();
            if (after.Kind != TokenKind.End && !after.Is(TokenKind.Symbol, "|"))
                throw TokenCursor.Unexpected(after, "'|' or the end of the query");
        }
        while (cursor.TrySymbol("|"));
        return new InsightsQuery(commands, hasLimit);
    }

    private static IQueryCommand Command(TokenCursor cursor, QueryToken name)
    {
        if (name.Kind != TokenKind.Name || name.Quoted) throw TokenCursor.Unexpected(name, "a command");
        return name.Text.ToLowerInvariant() switch
        {
            "fields" => Fields(cursor),
            "filter" => new FilterCommand(ConditionParser.Parse(cursor)),
            "sort" => Sort(cursor),
            "limit" => Limit(cursor),
            "stats" => Stats(cursor),
            "parse" => Parse(cursor),
            _ => throw TokenCursor.Fail(name, $"unsupported command '{name.Text}' (the emulator runs fields, filter, sort, limit, stats and parse)"),
        };
    }

    private static FieldsCommand Fields(TokenCursor cursor)
    {
        List<string> fields = cursor.FieldList();
        QueryToken next = cursor.Peek();
        if (next.Is(TokenKind.Symbol, "(") || next.IsKeyword("as"))
            throw TokenCursor.Fail(next, "functions and aliases in fields are not supported by the emulator");
        return new FieldsCommand(fields);
    }

    private static SortCommand Sort(TokenCursor cursor)
    {
        var keys = new List<(string Field, bool Descending)>();
        do
        {
            string field = cursor.Field();
            bool descending = cursor.TryKeyword("desc");
            if (!descending) cursor.TryKeyword("asc");
            keys.Add((field, descending));
        }
        while (cursor.TrySymbol(","));
        return new SortCommand(keys);
    }

    private static LimitCommand Limit(TokenCursor cursor)
    {
        QueryToken token = cursor.Expect(TokenKind.Number, "a number of records");
        if (!int.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out int count) || count < 1 || count > LimitCommand.Max)
            throw TokenCursor.Fail(token, $"limit must be a whole number from 1 to {LimitCommand.Max}");
        return new LimitCommand(count);
    }

    private static StatsCommand Stats(TokenCursor cursor)
    {
        var aggregates = new List<Aggregate>();
        do aggregates.Add(Aggregate(cursor));
        while (cursor.TrySymbol(","));
        List<string> by = cursor.TryKeyword("by") ? cursor.FieldList() : new List<string>();
        return new StatsCommand(aggregates, by);
    }

    private static Aggregate Aggregate(TokenCursor cursor)
    {
        QueryToken function = cursor.Expect(TokenKind.Name, "a stats function");
        string name = function.Text.ToLowerInvariant();
        if (Array.IndexOf(Commands.Aggregate.Functions, name) < 0)
            throw TokenCursor.Fail(function, $"unsupported stats function '{function.Text}' (the emulator runs count, avg, sum, min and max)");
        cursor.ExpectSymbol("(");
        string? field = null;
        if (cursor.TrySymbol("*"))
        {
            if (name != "count") throw TokenCursor.Fail(function, $"{function.Text}(*) is not valid; only count takes *");
        }
        else if (cursor.Peek().Kind == TokenKind.Name) field = cursor.Field();
        else if (name != "count") throw TokenCursor.Unexpected(cursor.Peek(), "a field name");
        cursor.ExpectSymbol(")");
        string written = $"{function.Text}({field ?? "*"})";
        string column = cursor.TryKeyword("as") ? cursor.Field() : written;
        return new Aggregate(name, field, column);
    }

    private static ParseCommand Parse(TokenCursor cursor)
    {
        string source = "@message";
        if (cursor.Peek().Kind == TokenKind.Name) source = cursor.Field();
        QueryToken pattern = cursor.Next();
        if (pattern.Kind == TokenKind.Regex)
        {
            ParseCommand named = ParseCommand.Named(source, ConditionParser.Compile(pattern));
            if (!named.HasCaptures) throw TokenCursor.Fail(pattern, "a parse regular expression needs at least one named group (?<name>...)");
            return named;
        }
        if (pattern.Kind != TokenKind.String) throw TokenCursor.Unexpected(pattern, "a \"glob\" or a /regular expression/");
        int wildcards = pattern.Text.Split('*').Length - 1;
        if (wildcards == 0) throw TokenCursor.Fail(pattern, "a parse glob needs at least one *");
        if (!cursor.TryKeyword("as")) throw TokenCursor.Unexpected(cursor.Peek(), "'as' and a field for each *");
        QueryToken first = cursor.Peek();
        List<string> fields = cursor.FieldList();
        if (fields.Count != wildcards)
            throw TokenCursor.Fail(first, $"the glob has {wildcards} * but {fields.Count} field names follow 'as'");
        return ParseCommand.Glob(source, pattern.Text, fields);
    }
}
