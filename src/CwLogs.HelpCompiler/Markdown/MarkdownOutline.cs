using Markdig;
using Markdig.Syntax;

namespace CwLogs.HelpCompiler.Markdown;

/// <summary>A "## Title" section, or a "### Title" subsection of one, with its blocks (lines are 1-based).</summary>
public sealed class OutlineSection(string title, int line)
{
    public string Title { get; } = title;
    public int Line { get; } = line;
    /// <summary>Blocks before the first subsection.</summary>
    public List<Block> Blocks { get; } = [];
    public List<OutlineSection> Subsections { get; } = [];
}

/// <summary>
/// A markdown file cut into its front matter, its "# Title" and its sections, on Markdig's parse
/// (so code fences and lists are read the CommonMark way) with the source kept for exact text.
/// </summary>
public sealed class MarkdownOutline
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public required string Source { get; init; }
    /// <summary>The YAML between the leading "---" lines, or null when there is none.</summary>
    public string? FrontMatter { get; init; }
    public int FrontMatterLine { get; init; }
    public string? Title { get; init; }
    public int TitleLine { get; init; }
    /// <summary>Blocks between the title and the first section.</summary>
    public List<Block> Preamble { get; } = [];
    public List<OutlineSection> Sections { get; } = [];

    public static MarkdownOutline Parse(string source)
    {
        source = source.Replace("\r\n", "\n");
        var (frontMatter, body) = SplitFrontMatter(source);
        var document = Markdig.Markdown.Parse(body, Pipeline);
        var title = document.OfType<HeadingBlock>().FirstOrDefault();
        var hasTitle = title is { Level: 1 } && !document.TakeWhile(b => b != title).OfType<HeadingBlock>().Any();
        var outline = new MarkdownOutline
        {
            Source = body,
            FrontMatter = frontMatter,
            FrontMatterLine = 2,
            Title = hasTitle ? HeadingText(body, title!) : null,
            TitleLine = hasTitle ? title!.Line + 1 : 0,
        };

        OutlineSection? section = null;
        OutlineSection? subsection = null;
        foreach (var block in document.Where(b => !hasTitle || b != title))
        {
            if (block is HeadingBlock { Level: 2 } h2)
            {
                section = new OutlineSection(HeadingText(body, h2), h2.Line + 1);
                subsection = null;
                outline.Sections.Add(section);
            }
            else if (block is HeadingBlock { Level: 3 } h3 && section is not null)
            {
                subsection = new OutlineSection(HeadingText(body, h3), h3.Line + 1);
                section.Subsections.Add(subsection);
            }
            else
            {
                (subsection?.Blocks ?? section?.Blocks ?? outline.Preamble).Add(block);
            }
        }

        return outline;
    }

    public OutlineSection? Section(string title) =>
        Sections.FirstOrDefault(s => string.Equals(s.Title, title, StringComparison.OrdinalIgnoreCase));

    /// <summary>The exact source text of a block.</summary>
    public string TextOf(Block block) => Source.Substring(block.Span.Start, block.Span.Length);

    private static string HeadingText(string source, HeadingBlock heading) =>
        source.Substring(heading.Span.Start, heading.Span.Length).TrimStart('#').Trim();

    /// <summary>
    /// Takes the front matter out but leaves blank lines in its place, so Markdig's line numbers
    /// stay the file's line numbers.
    /// </summary>
    private static (string? FrontMatter, string Body) SplitFrontMatter(string source)
    {
        if (!source.StartsWith("---\n", StringComparison.Ordinal))
        {
            return (null, source);
        }

        var lines = source.Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() == "---")
            {
                var yaml = string.Join('\n', lines[1..i]);
                var body = new string('\n', i + 1) + string.Join('\n', lines[(i + 1)..]);
                return (yaml, body);
            }
        }

        return (null, source);
    }
}
