using System.Management.Automation;
using System.Text.RegularExpressions;

namespace CwLogs.Infrastructure.Completion;

/// <summary>From the word being typed to a service prefix, and from a name back to text the shell accepts.</summary>
internal static class CompletionText
{
    // Names made only of these characters need no quotes at the shell.
    private static readonly Regex Bare = new(@"^[A-Za-z0-9_.\-/]+$", RegexOptions.CultureInvariant);

    /// <summary>The word without its quotes, up to the first wildcard character.</summary>
    public static string Prefix(string? wordToComplete)
    {
        var word = (wordToComplete ?? "").Trim().Trim('\'', '"');
        var wildcard = word.IndexOfAny(new[] { '*', '?', '[' });
        return wildcard < 0 ? word : word.Substring(0, wildcard);
    }

    /// <summary>A completion for a name, single-quoted when it has spaces or characters the shell would read.</summary>
    public static CompletionResult Result(string name)
    {
        var text = Bare.IsMatch(name) ? name : "'" + name.Replace("'", "''") + "'";
        return new CompletionResult(text, name, CompletionResultType.ParameterValue, name);
    }
}
