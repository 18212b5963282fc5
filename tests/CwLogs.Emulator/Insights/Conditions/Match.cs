using System;
using System.Text.RegularExpressions;

namespace CwLogs.Emulator.Insights.Conditions;

/// <summary>
/// <c>field like "text"</c> (case-sensitive substring), <c>field like /regex/</c> and <c>field =~ /regex/</c>
/// (found anywhere in the value). A missing field never matches.
/// </summary>
internal sealed class Match : ICondition
{
    private readonly Operand _subject;
    private readonly string? _substring;
    private readonly Regex? _regex;

    private Match(Operand subject, string? substring, Regex? regex)
    {
        _subject = subject;
        _substring = substring;
        _regex = regex;
    }

    public static Match Substring(Operand subject, string text) => new(subject, text, null);

    public static Match Pattern(Operand subject, Regex regex) => new(subject, null, regex);

    public bool Holds(QueryRecord record)
    {
        string? value = _subject.ValueIn(record);
        if (value is null) return false;
        return _regex?.IsMatch(value) ?? value.Contains(_substring!, StringComparison.Ordinal);
    }
}
