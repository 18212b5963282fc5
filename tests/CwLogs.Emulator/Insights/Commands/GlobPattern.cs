using System;
using System.Collections.Generic;

namespace CwLogs.Emulator.Insights.Commands;

/// <summary>
/// A parse glob such as <c>"user=* action=*"</c>: literal parts with a capture between each two. Matched by ordinal
/// search, left to right, in one pass: each capture ends at the next occurrence of the literal after it (a trailing
/// capture takes the rest). This is what the equivalent lazy regular expression finds, since finding a literal
/// earlier never stops the rest from matching, but without its backtracking, which took seconds per thousand
/// messages that did not match.
/// </summary>
internal sealed class GlobPattern
{
    private readonly string[] _literals;

    public GlobPattern(string glob) => _literals = glob.Split('*');

    /// <summary>The number of captures (the glob's <c>*</c>).</summary>
    public int Captures => _literals.Length - 1;

    /// <summary>The captured texts in order, or null when the value does not match.</summary>
    public string[]? Match(string value)
    {
        int position = 0;
        if (_literals[0].Length > 0)
        {
            int first = value.IndexOf(_literals[0], StringComparison.Ordinal);
            if (first < 0) return null;
            position = first + _literals[0].Length;
        }

        var captures = new string[Captures];
        for (int i = 1; i < _literals.Length; i++)
        {
            string literal = _literals[i];
            if (i == _literals.Length - 1 && literal.Length == 0)
            {
                captures[i - 1] = value.Substring(position);
                break;
            }
            int next = value.IndexOf(literal, position, StringComparison.Ordinal);
            if (next < 0) return null;
            captures[i - 1] = value.Substring(position, next - position);
            position = next + literal.Length;
        }
        return captures;
    }
}
