using System.Management.Automation;

namespace CwLogs.Commands;

/// <summary>
/// A wildcard name (Get-CwLogGroup 'prod-*', Get-CwLogStream g 'web-*'): the service narrows the listing by
/// the literal start of the pattern, and WildcardPattern picks the matches. Case-sensitive, as the names and
/// the service's prefixes are.
/// </summary>
internal sealed class NameWildcard
{
    // Where the literal start ends: a wildcard, or a backtick escaping one (the prefix stays short but right).
    private static readonly char[] LiteralEnds = { '*', '?', '[', '`' };
    private readonly WildcardPattern _pattern;

    public NameWildcard(string pattern)
    {
        _pattern = WildcardPattern.Get(pattern, WildcardOptions.None);
        var literal = pattern.IndexOfAny(LiteralEnds) is var at and >= 0 ? pattern.Substring(0, at) : pattern;
        ServicePrefix = literal.Length == 0 ? null : literal;
    }

    /// <summary>The characters before the first wildcard, or null when the pattern starts with one.</summary>
    public string? ServicePrefix { get; }

    public bool IsMatch(string? name) => name is not null && _pattern.IsMatch(name);

    /// <summary>A log group name can hold none of * ? [ ]: any of them makes a pattern.</summary>
    public static bool IsLogGroupPattern(string name) => WildcardPattern.ContainsWildcardCharacters(name);

    /// <summary>
    /// A log stream name can hold ? [ ] (Lambda's '2026/12/04/[$LATEST]0123...') but never *: only a * makes a
    /// pattern (in which ? and [...] are wildcards too), so every real stream name is still taken as it is.
    /// </summary>
    public static bool IsLogStreamPattern(string name) => name.Contains('*', StringComparison.Ordinal);
}
