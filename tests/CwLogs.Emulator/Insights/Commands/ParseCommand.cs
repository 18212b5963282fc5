using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace CwLogs.Emulator.Insights.Commands;

/// <summary>
/// <c>parse field "glob" as a, b</c> or <c>parse field /(?&lt;a&gt;...)/</c>: sets the named fields from what the
/// pattern captures in the field (default <c>@message</c>). Records it does not match keep going, without the fields.
/// </summary>
internal sealed class ParseCommand : IQueryCommand
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);
    private readonly string _source;
    private readonly Regex _pattern;
    private readonly IReadOnlyList<(string Group, string Field)> _captures;

    private ParseCommand(string source, Regex pattern, IReadOnlyList<(string Group, string Field)> captures)
    {
        _source = source;
        _pattern = pattern;
        _captures = captures;
    }

    /// <summary>A glob: each <c>*</c> captures the shortest text up to the next literal part; a trailing <c>*</c> takes the rest.</summary>
    public static ParseCommand Glob(string source, string glob, IReadOnlyList<string> fields)
    {
        string[] literals = glob.Split('*');
        var pattern = new StringBuilder();
        var captures = new List<(string Group, string Field)>();
        for (int i = 0; i < literals.Length; i++)
        {
            pattern.Append(Regex.Escape(literals[i]));
            if (i == literals.Length - 1) break;
            // Field names may hold dots and @, which group names cannot: groups are numbered.
            string group = "g" + i.ToString(CultureInfo.InvariantCulture);
            bool last = i == literals.Length - 2 && literals[^1].Length == 0;
            pattern.Append("(?<").Append(group).Append(last ? ">.*)" : ">.*?)");
            captures.Add((group, fields[i]));
        }
        return new ParseCommand(source, new Regex(pattern.ToString(), RegexOptions.CultureInvariant | RegexOptions.Singleline, MatchTimeout), captures);
    }

    /// <summary>A regular expression whose named groups are the fields.</summary>
    public static ParseCommand Named(string source, Regex regex) =>
        new(source, regex, regex.GetGroupNames().Where(n => !int.TryParse(n, out _)).Select(n => (n, n)).ToList());

    public static Regex Compile(string expression) => new(expression, RegexOptions.CultureInvariant, MatchTimeout);

    public bool HasCaptures => _captures.Count > 0;

    public void Apply(QueryState state)
    {
        foreach (QueryRecord record in state.Records)
        {
            state.Cancellation.ThrowIfCancellationRequested();
            string? value = record.Get(_source);
            if (value is null) continue;
            System.Text.RegularExpressions.Match match = _pattern.Match(value);
            if (!match.Success) continue;
            foreach ((string group, string field) in _captures) record.Fields[field] = match.Groups[group].Value;
        }
    }
}
