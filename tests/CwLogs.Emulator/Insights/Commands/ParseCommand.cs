using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace CwLogs.Emulator.Insights.Commands;

/// <summary>
/// <c>parse field "glob" as a, b</c> or <c>parse field /(?&lt;a&gt;...)/</c>: sets the named fields from what the
/// pattern captures in the field (default <c>@message</c>). Records it does not match keep going, without the fields.
/// Both patterns are compiled once per query.
/// </summary>
internal sealed class ParseCommand : IQueryCommand
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);
    private readonly string _source;
    private readonly IReadOnlyList<string> _fields;
    private readonly Func<string, string[]?> _match;

    private ParseCommand(string source, IReadOnlyList<string> fields, Func<string, string[]?> match)
    {
        _source = source;
        _fields = fields;
        _match = match;
    }

    /// <summary>A glob: each <c>*</c> captures the shortest text up to the next literal part; a trailing <c>*</c> takes the rest.</summary>
    public static ParseCommand Glob(string source, string glob, IReadOnlyList<string> fields) =>
        new(source, fields, new GlobPattern(glob).Match);

    /// <summary>A regular expression whose named groups are the fields.</summary>
    public static ParseCommand Named(string source, Regex regex)
    {
        string[] groups = regex.GetGroupNames().Where(n => !int.TryParse(n, out _)).ToArray();
        return new(source, groups, value =>
        {
            System.Text.RegularExpressions.Match match = regex.Match(value);
            return match.Success ? Array.ConvertAll(groups, g => match.Groups[g].Value) : null;
        });
    }

    public static Regex Compile(string expression) => new(expression, RegexOptions.CultureInvariant, MatchTimeout);

    public bool HasCaptures => _fields.Count > 0;

    public void Apply(QueryState state)
    {
        foreach (QueryRecord record in state.Records)
        {
            state.Cancellation.ThrowIfCancellationRequested();
            string? value = record.Get(_source);
            if (value is null || _match(value) is not string[] captured) continue;
            for (int i = 0; i < _fields.Count; i++) record.Set(_fields[i], captured[i]);
        }
    }
}
