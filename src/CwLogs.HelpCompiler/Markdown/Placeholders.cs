using System.Text.RegularExpressions;

namespace CwLogs.HelpCompiler.Markdown;

/// <summary>Finds the {{ ... }} placeholders that the Docs task writes for prose nobody has written yet.</summary>
public static partial class Placeholders
{
    public static IEnumerable<(int Line, string Text)> Find(string markdown) =>
        markdown.Replace("\r\n", "\n").Split('\n')
            .Select((text, index) => (Line: index + 1, Match: Pattern().Match(text)))
            .Where(x => x.Match.Success)
            .Select(x => (x.Line, x.Match.Value));

    [GeneratedRegex(@"\{\{.*?\}\}")]
    private static partial Regex Pattern();
}
