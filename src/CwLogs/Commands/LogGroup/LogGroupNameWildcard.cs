using System.Management.Automation;

namespace CwLogs.Commands;

/// <summary>
/// A wildcard log group name (Get-CwLogGroup 'prod-*'): the service narrows the listing by the
/// literal start of the pattern, and WildcardPattern picks the matches. Case-sensitive, as the
/// names and the service's prefix are.
/// </summary>
internal sealed class LogGroupNameWildcard
{
    private static readonly char[] WildcardStarts = { '*', '?', '[' };
    private readonly WildcardPattern _pattern;

    public LogGroupNameWildcard(string pattern)
    {
        _pattern = WildcardPattern.Get(pattern, WildcardOptions.None);
        var literal = pattern.IndexOfAny(WildcardStarts) is var at and >= 0 ? pattern.Substring(0, at) : pattern;
        ServicePrefix = literal.Length == 0 ? null : literal;
    }

    /// <summary>The characters before the first wildcard, or null when the pattern starts with one.</summary>
    public string? ServicePrefix { get; }

    public bool IsMatch(string? name) => name is not null && _pattern.IsMatch(name);
}
