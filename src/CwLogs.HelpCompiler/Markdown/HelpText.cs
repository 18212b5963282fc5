using Markdig.Syntax;

namespace CwLogs.HelpCompiler.Markdown;

/// <summary>
/// Turns markdown blocks into help paragraphs: one per paragraph, list item or code block, with the
/// soft line breaks of a paragraph joined by spaces (PowerShell wraps maml:para text itself).
/// </summary>
public static class HelpText
{
    public static List<HelpParagraph> Paragraphs(MarkdownOutline outline, IEnumerable<Block> blocks)
    {
        var result = new List<HelpParagraph>();
        foreach (var block in blocks)
        {
            Add(outline, block, result, listPrefix: null);
        }

        return result;
    }

    /// <summary>The paragraph's text with its line breaks folded into single spaces.</summary>
    public static string Fold(string text) =>
        string.Join(' ', text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    private static void Add(MarkdownOutline outline, Block block, List<HelpParagraph> result, string? listPrefix)
    {
        switch (block)
        {
            case FencedCodeBlock code:
                result.Add(new HelpParagraph(code.Lines.ToString().Replace("\r\n", "\n").TrimEnd('\n'), IsCode: true));
                break;
            case CodeBlock indented:
                result.Add(new HelpParagraph(indented.Lines.ToString().TrimEnd('\n'), IsCode: true));
                break;
            case ListBlock list:
                var number = int.TryParse(list.OrderedStart, out var start) ? start : 1;
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    var prefix = list.IsOrdered ? $"{number++}. " : "- ";
                    var first = true;
                    foreach (var child in item)
                    {
                        Add(outline, child, result, first ? prefix : null);
                        first = false;
                    }
                }

                break;
            case ParagraphBlock paragraph:
                result.Add(new HelpParagraph(listPrefix + Fold(outline.TextOf(paragraph))));
                break;
            case ThematicBreakBlock or LinkReferenceDefinitionGroup:
                break;
            default:
                // Tables, HTML and the like: keep their source lines as they are.
                result.Add(new HelpParagraph(outline.TextOf(block).TrimEnd('\n'), IsCode: true));
                break;
        }
    }
}
