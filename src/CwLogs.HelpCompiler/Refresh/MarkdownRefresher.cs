using System.Text;
using CwLogs.HelpCompiler.Markdown;
using CwLogs.HelpCompiler.Metadata;

namespace CwLogs.HelpCompiler.Refresh;

/// <summary>
/// Update-MarkdownHelp for one file: rewrites the SYNTAX section and every parameter's ```yaml
/// block from the cmdlet's metadata, adds a placeholder section for a new parameter, drops the
/// section of a parameter the cmdlet no longer has, and keeps every other line as it is.
/// </summary>
public static class MarkdownRefresher
{
    public static string Placeholder(string parameterName) => $"{{{{ Fill {parameterName} Description }}}}";

    public static string Refresh(string markdown, CommandMetadata command)
    {
        var lines = markdown.Replace("\r\n", "\n").Split('\n').ToList();
        var result = new List<string>();
        var sections = SplitAt(lines, "## ");
        foreach (var section in sections)
        {
            if (IsHeading(section, "## SYNTAX"))
            {
                result.Add(section[0]);
                result.AddRange(ExpectedHelp.SyntaxSection(command).Split('\n'));
            }
            else if (IsHeading(section, "## PARAMETERS"))
            {
                result.AddRange(RefreshParameters(section, command));
            }
            else
            {
                result.AddRange(section);
            }
        }

        return string.Join('\n', result);
    }

    private static List<string> RefreshParameters(List<string> section, CommandMetadata command)
    {
        var chunks = SplitAt(section, "### ");
        var result = new List<string>(chunks[0]);
        var parameterChunks = new List<(string Name, List<string> Lines)>();
        var otherChunks = new List<List<string>>();
        foreach (var chunk in chunks.Skip(1))
        {
            var title = chunk[0][4..].Trim();
            if (!title.StartsWith('-'))
            {
                otherChunks.Add(chunk);
                continue;
            }

            var name = title[1..];
            if (command.Parameters.Any(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                parameterChunks.Add((command.Parameter(name).Name, RefreshParameter(chunk, command, command.Parameter(name).Name)));
            }
        }

        foreach (var parameter in command.Parameters.Where(p => !parameterChunks.Any(c => c.Name.Equals(p.Name, StringComparison.OrdinalIgnoreCase))))
        {
            var at = parameterChunks.FindIndex(c => ExpectedHelp.Compare(parameter.Name, c.Name) < 0);
            var chunk = NewParameter(command, parameter.Name);
            parameterChunks.Insert(at < 0 ? parameterChunks.Count : at, (parameter.Name, chunk));
        }

        foreach (var chunk in parameterChunks.Select(c => c.Lines).Concat(otherChunks))
        {
            result.AddRange(chunk);
        }

        return result;
    }

    /// <summary>Replaces the first yaml block with the expected ones and drops the others; every other line stays.</summary>
    private static List<string> RefreshParameter(List<string> chunk, CommandMetadata command, string name)
    {
        var blocks = YamlBlocks(chunk);
        ParameterAttributes? current = null;
        if (blocks.Count > 0)
        {
            var (start, end) = blocks[0];
            current = CommandMarkdownParser.ReadAttributes(
                string.Join('\n', chunk.Skip(start + 1).Take(end - start - 1)), "(refresh)", 1, name, new DiagnosticBag());
        }

        var expected = ExpectedYaml(command, name, current);
        var result = new List<string>();
        var inserted = false;
        for (var i = 0; i < chunk.Count; i++)
        {
            var block = blocks.FirstOrDefault(b => b.Start == i);
            if (block == default)
            {
                result.Add(chunk[i]);
                continue;
            }

            if (!inserted)
            {
                result.AddRange(expected);
                inserted = true;
            }

            i = block.End;
            // A dropped block takes the blank line after it along.
            if (i + 1 < chunk.Count && chunk[i + 1].Length == 0 && blocks.Any(b => b.Start == i + 2))
            {
                i++;
            }
        }

        if (!inserted)
        {
            TrimTrailingBlankLines(result);
            result.Add(string.Empty);
            result.AddRange(expected);
            result.Add(string.Empty);
        }

        return result;
    }

    private static List<string> NewParameter(CommandMetadata command, string name)
    {
        var lines = new List<string> { $"### -{name}", Placeholder(name), string.Empty };
        lines.AddRange(ExpectedYaml(command, name, null));
        lines.Add(string.Empty);
        return lines;
    }

    private static List<string> ExpectedYaml(CommandMetadata command, string name, ParameterAttributes? current)
    {
        var blocks = ExpectedHelp.Attributes(command, name, current).Select(ExpectedHelp.Yaml);
        return string.Join("\n\n", blocks).Split('\n').ToList();
    }

    private static List<(int Start, int End)> YamlBlocks(List<string> lines)
    {
        var blocks = new List<(int, int)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].TrimEnd() == "```yaml")
            {
                var end = i + 1;
                while (end < lines.Count && lines[end].TrimEnd() != "```")
                {
                    end++;
                }

                blocks.Add((i, Math.Min(end, lines.Count - 1)));
                i = end;
            }
        }

        return blocks;
    }

    /// <summary>Cuts lines before each heading with this prefix that is not inside a code fence.</summary>
    private static List<List<string>> SplitAt(List<string> lines, string headingPrefix)
    {
        var fences = FenceMap(lines);
        var chunks = new List<List<string>> { new() };
        for (var i = 0; i < lines.Count; i++)
        {
            if (!fences[i] && lines[i].StartsWith(headingPrefix, StringComparison.Ordinal))
            {
                chunks.Add([]);
            }

            chunks[^1].Add(lines[i]);
        }

        return chunks;
    }

    /// <summary>True for each line inside (or fencing) a ``` code block.</summary>
    internal static bool[] FenceMap(IReadOnlyList<string> lines)
    {
        var map = new bool[lines.Count];
        var open = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var isFence = lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal);
            map[i] = open || isFence;
            if (isFence)
            {
                open = !open;
            }
        }

        return map;
    }

    private static bool IsHeading(List<string> chunk, string heading) =>
        chunk.Count > 0 && chunk[0].TrimEnd().Equals(heading, StringComparison.OrdinalIgnoreCase);

    private static void TrimTrailingBlankLines(List<string> lines)
    {
        while (lines.Count > 0 && lines[^1].Trim().Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }
    }
}
