using System.Text;
using System.Text.RegularExpressions;
using CwLogs.HelpCompiler.Markdown;

namespace CwLogs.HelpCompiler.About;

/// <summary>
/// Turns an about_*.md topic into the plain-text about_*.help.txt that Get-Help about_X reads:
/// TOPIC, then each "## SECTION" as an upper-case heading with its text indented and wrapped at
/// 80 columns, code blocks indented further and kept exactly.
/// </summary>
public static partial class AboutTopicWriter
{
    private const int Width = 80;
    private const string Indent = "    ";

    public static readonly string[] RequiredSections = ["SHORT DESCRIPTION", "LONG DESCRIPTION"];

    /// <summary>Returns the help text, or null when <paramref name="diagnostics"/> got an error.</summary>
    public static string? Write(string source, string file, DiagnosticBag diagnostics)
    {
        var outline = MarkdownOutline.Parse(source);
        var expected = Path.GetFileNameWithoutExtension(file);
        var ok = true;
        if (outline.Title is null || !outline.Title.Equals(expected, StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Error(file, Math.Max(outline.TitleLine, 1), HelpDiagnostic.Structure, $"an about topic must start with '# {expected}'");
            return null;
        }

        foreach (var missing in RequiredSections.Where(r => outline.Section(r) is null))
        {
            diagnostics.Error(file, outline.TitleLine, HelpDiagnostic.Structure, $"missing required section '## {missing}'");
            ok = false;
        }

        foreach (var empty in RequiredSections.Select(outline.Section).OfType<OutlineSection>().Where(s => s.Blocks.Count == 0))
        {
            diagnostics.Error(file, empty.Line, HelpDiagnostic.Structure, $"section '## {empty.Title}' is empty");
            ok = false;
        }

        if (!ok)
        {
            return null;
        }

        var text = new StringBuilder();
        text.Append("TOPIC\n").Append(Indent).Append(outline.Title).Append("\n\n");
        foreach (var section in outline.Sections)
        {
            text.Append(section.Title.ToUpperInvariant()).Append('\n');
            WriteBlocks(outline, section, text);
            foreach (var sub in section.Subsections)
            {
                text.Append(Indent).Append(sub.Title).Append("\n\n");
                WriteBlocks(outline, sub, text);
            }
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }

    private static void WriteBlocks(MarkdownOutline outline, OutlineSection section, StringBuilder text)
    {
        foreach (var paragraph in HelpText.Paragraphs(outline, section.Blocks))
        {
            if (paragraph.IsCode)
            {
                foreach (var line in paragraph.Text.Split('\n'))
                {
                    text.Append((Indent + Indent + line).TrimEnd()).Append('\n');
                }
            }
            else
            {
                var bullet = ListMarker().Match(paragraph.Text);
                Wrap(paragraph.Text, Indent, Indent + new string(' ', bullet.Success ? bullet.Length : 0), text);
            }

            text.Append('\n');
        }
    }

    private static void Wrap(string paragraph, string firstIndent, string nextIndent, StringBuilder text)
    {
        var line = new StringBuilder(firstIndent);
        var empty = true;
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!empty && line.Length + 1 + word.Length > Width)
            {
                text.Append(line).Append('\n');
                line.Clear().Append(nextIndent);
                empty = true;
            }

            line.Append(empty ? string.Empty : " ").Append(word);
            empty = false;
        }

        text.Append(line).Append('\n');
    }

    [GeneratedRegex(@"^(- |\d+\. )")]
    private static partial Regex ListMarker();
}
