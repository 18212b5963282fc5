using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace CwLogs.HelpCompiler.Markdown;

/// <summary>
/// Reads a cmdlet's PlatyPS 0.14 markdown (schema 2.0.0) into a <see cref="CommandHelp"/>, and
/// reports everything that would make the help topic wrong or empty, with its line.
/// </summary>
public static partial class CommandMarkdownParser
{
    public static readonly string[] RequiredSections =
        ["SYNOPSIS", "SYNTAX", "DESCRIPTION", "EXAMPLES", "PARAMETERS", "INPUTS", "OUTPUTS", "NOTES", "RELATED LINKS"];

    private static readonly string[] ParameterYamlKeys =
        ["Type", "Parameter Sets", "Aliases", "Accepted values", "Required", "Position", "Default value",
         "Accept pipeline input", "Accept wildcard characters", "Applicable"];

    private static readonly string[] RequiredParameterYamlKeys =
        ["Type", "Parameter Sets", "Required", "Position", "Accept pipeline input"];

    /// <summary>Parses <paramref name="source"/>; returns null when <paramref name="diagnostics"/> got an error.</summary>
    public static CommandHelp? Parse(string source, string file, DiagnosticBag diagnostics)
    {
        var errorsBefore = diagnostics.Items.Count(d => d.IsError);
        var outline = MarkdownOutline.Parse(source);
        CheckFrontMatter(outline, file, diagnostics);

        var expectedName = Path.GetFileNameWithoutExtension(file);
        if (outline.Title is null)
        {
            diagnostics.Error(file, 1, HelpDiagnostic.Structure, "missing the '# Cmdlet-Name' title");
            return null;
        }

        if (!string.Equals(outline.Title, expectedName, StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Error(file, outline.TitleLine, HelpDiagnostic.Structure,
                $"title '{outline.Title}' does not match the file name '{expectedName}'");
        }

        foreach (var section in outline.Sections.Where(s => !RequiredSections.Contains(s.Title)))
        {
            diagnostics.Error(file, section.Line, HelpDiagnostic.Structure,
                $"unknown section '## {section.Title}'; PlatyPS expects {string.Join(", ", RequiredSections)}");
        }

        foreach (var missing in RequiredSections.Where(r => outline.Section(r) is null))
        {
            diagnostics.Error(file, outline.TitleLine, HelpDiagnostic.Structure, $"missing required section '## {missing}'");
        }

        if (diagnostics.Items.Count(d => d.IsError) > errorsBefore)
        {
            return null;
        }

        var name = outline.Title;
        var synopsis = RequireProse(outline, outline.Section("SYNOPSIS")!, file, diagnostics);
        var description = RequireProse(outline, outline.Section("DESCRIPTION")!, file, diagnostics);
        var syntax = ReadSyntax(outline, name, file, diagnostics);
        var examples = ReadExamples(outline, file, diagnostics);
        var parameters = ReadParameters(outline, file, diagnostics);
        var inputs = ReadTypes(outline, outline.Section("INPUTS")!);
        var outputs = ReadTypes(outline, outline.Section("OUTPUTS")!);
        var notes = HelpText.Paragraphs(outline, outline.Section("NOTES")!.Blocks);
        var links = ReadLinks(outline, outline.Section("RELATED LINKS")!);
        CheckParametersAgainstSyntax(syntax, parameters, file, diagnostics);

        if (diagnostics.Items.Count(d => d.IsError) > errorsBefore)
        {
            return null;
        }

        return new CommandHelp(name, file, synopsis, description, syntax, examples, parameters, inputs, outputs, notes, links);
    }

    private static void CheckFrontMatter(MarkdownOutline outline, string file, DiagnosticBag diagnostics)
    {
        if (outline.FrontMatter is null)
        {
            diagnostics.Error(file, 1, HelpDiagnostic.Yaml, "missing the YAML front matter between '---' lines");
            return;
        }

        var fields = YamlFields.Read(outline.FrontMatter, file, outline.FrontMatterLine, diagnostics);
        if (fields is null)
        {
            return;
        }

        if (!fields.TryGetValue("schema", out var schema) || schema.Value != "2.0.0")
        {
            diagnostics.Error(file, outline.FrontMatterLine, HelpDiagnostic.Yaml, "front matter needs 'schema: 2.0.0' (PlatyPS 0.14)");
        }

        if (!fields.ContainsKey("external help file"))
        {
            diagnostics.Error(file, outline.FrontMatterLine, HelpDiagnostic.Yaml, "front matter needs 'external help file'");
        }
    }

    private static List<HelpParagraph> RequireProse(MarkdownOutline outline, OutlineSection section, string file, DiagnosticBag diagnostics)
    {
        var paragraphs = HelpText.Paragraphs(outline, section.Blocks);
        if (paragraphs.Count == 0)
        {
            diagnostics.Error(file, section.Line, HelpDiagnostic.Structure, $"section '## {section.Title}' is empty");
        }

        return paragraphs;
    }

    private static List<SyntaxSet> ReadSyntax(MarkdownOutline outline, string name, string file, DiagnosticBag diagnostics)
    {
        var section = outline.Section("SYNTAX")!;
        var sets = new List<SyntaxSet>();
        if (section.Subsections.Count == 0)
        {
            AddSet(null, false, section);
        }
        else
        {
            foreach (var sub in section.Subsections)
            {
                var match = SetTitle().Match(sub.Title);
                AddSet(match.Groups["name"].Value, match.Groups["default"].Success, sub);
            }
        }

        if (sets.Count == 0)
        {
            diagnostics.Error(file, section.Line, HelpDiagnostic.Structure, "section '## SYNTAX' has no syntax code block");
        }

        return sets;

        void AddSet(string? setName, bool isDefault, OutlineSection where)
        {
            var code = where.Blocks.OfType<FencedCodeBlock>().FirstOrDefault();
            if (code is null)
            {
                diagnostics.Error(file, where.Line, HelpDiagnostic.Structure, $"'{where.Title}' has no syntax code block");
                return;
            }

            var text = code.Lines.ToString().Trim();
            if (!text.StartsWith(name + " ", StringComparison.OrdinalIgnoreCase) && !text.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Error(file, code.Line + 2, HelpDiagnostic.Structure, $"the syntax must start with the cmdlet name '{name}'");
            }

            sets.Add(new SyntaxSet(setName, isDefault, text, code.Line + 1));
        }
    }

    private static List<ExampleHelp> ReadExamples(MarkdownOutline outline, string file, DiagnosticBag diagnostics)
    {
        var section = outline.Section("EXAMPLES")!;
        if (section.Subsections.Count == 0)
        {
            diagnostics.Error(file, section.Line, HelpDiagnostic.Structure, "section '## EXAMPLES' has no '### Example' entries");
        }

        var examples = new List<ExampleHelp>();
        foreach (var sub in section.Subsections)
        {
            var code = sub.Blocks.OfType<FencedCodeBlock>().Where(IsPowerShell).Select(c => c.Lines.ToString().TrimEnd()).ToList();
            if (code.Count == 0)
            {
                diagnostics.Error(file, sub.Line, HelpDiagnostic.Structure, $"example '{sub.Title}' has no ```powershell code block");
                continue;
            }

            var remarks = HelpText.Paragraphs(outline, sub.Blocks.Where(b => b is not FencedCodeBlock f || !IsPowerShell(f)));
            examples.Add(new ExampleHelp(sub.Title, sub.Line, string.Join("\n\n", code), remarks));
        }

        return examples;

        static bool IsPowerShell(FencedCodeBlock block) =>
            block.Info is null or "" || block.Info.Equals("powershell", StringComparison.OrdinalIgnoreCase)
            || block.Info.Equals("ps", StringComparison.OrdinalIgnoreCase);
    }

    private static List<ParameterHelp> ReadParameters(MarkdownOutline outline, string file, DiagnosticBag diagnostics)
    {
        var section = outline.Section("PARAMETERS")!;
        var parameters = new List<ParameterHelp>();
        foreach (var sub in section.Subsections)
        {
            if (sub.Title is "CommonParameters" or "WorkflowCommonParameters")
            {
                continue;
            }

            if (!sub.Title.StartsWith('-') || sub.Title.Length < 2 || sub.Title.Contains(' '))
            {
                diagnostics.Error(file, sub.Line, HelpDiagnostic.Structure,
                    $"'### {sub.Title}' is not a parameter heading; use '### -ParameterName' or '### CommonParameters'");
                continue;
            }

            var name = sub.Title[1..];
            var yamlBlocks = sub.Blocks.OfType<FencedCodeBlock>().Where(b => b.Info == "yaml").ToList();
            var description = HelpText.Paragraphs(outline, sub.Blocks.Where(b => !yamlBlocks.Contains(b)));
            if (description.Count == 0)
            {
                diagnostics.Error(file, sub.Line, HelpDiagnostic.Structure, $"parameter -{name} has no description");
            }

            if (yamlBlocks.Count == 0)
            {
                diagnostics.Error(file, sub.Line, HelpDiagnostic.Yaml, $"parameter -{name} has no ```yaml block");
                continue;
            }

            var attributes = yamlBlocks
                .Select(b => ReadAttributes(b.Lines.ToString(), file, b.Line + 2, name, diagnostics))
                .OfType<ParameterAttributes>().ToList();
            parameters.Add(new ParameterHelp(name, sub.Line, description, attributes));
        }

        return parameters;
    }

    internal static ParameterAttributes? ReadAttributes(string yaml, string file, int firstLine, string parameter, DiagnosticBag diagnostics)
    {
        var fields = YamlFields.Read(yaml, file, firstLine, diagnostics);
        if (fields is null)
        {
            return null;
        }

        var ok = true;
        foreach (var (key, (_, line)) in fields.Where(f => !ParameterYamlKeys.Contains(f.Key, StringComparer.OrdinalIgnoreCase)))
        {
            diagnostics.Error(file, line, HelpDiagnostic.Yaml, $"parameter -{parameter}: unknown key '{key}'");
            ok = false;
        }

        foreach (var key in RequiredParameterYamlKeys.Where(k => !fields.ContainsKey(k)))
        {
            diagnostics.Error(file, firstLine, HelpDiagnostic.Yaml, $"parameter -{parameter}: missing '{key}:'");
            ok = false;
        }

        if (!ok)
        {
            return null;
        }

        var required = Boolean("Required");
        var wildcards = fields.ContainsKey("Accept wildcard characters") ? Boolean("Accept wildcard characters") : false;
        var position = fields["Position"].Value;
        if (position != "Named" && !int.TryParse(position, out _))
        {
            diagnostics.Error(file, fields["Position"].Line, HelpDiagnostic.Yaml, $"parameter -{parameter}: Position must be a number or 'Named', not '{position}'");
            return null;
        }

        var pipeline = fields["Accept pipeline input"];
        if (!PipelineInputValue().IsMatch(pipeline.Value))
        {
            diagnostics.Error(file, pipeline.Line, HelpDiagnostic.Yaml,
                $"parameter -{parameter}: 'Accept pipeline input' must be False or True (ByValue|ByPropertyName, ...), not '{pipeline.Value}'");
            return null;
        }

        if (required is null || wildcards is null)
        {
            return null;
        }

        var sets = List("Parameter Sets");
        return new ParameterAttributes(
            fields["Type"].Value,
            sets is ["(All)"] ? [] : sets,
            List("Aliases"),
            List("Accepted values"),
            required.Value,
            position,
            fields.TryGetValue("Default value", out var defaultValue) && defaultValue.Value.Length > 0 ? defaultValue.Value : "None",
            pipeline.Value,
            wildcards.Value,
            firstLine);

        bool? Boolean(string key)
        {
            var (value, line) = fields[key];
            if (bool.TryParse(value, out var result))
            {
                return result;
            }

            diagnostics.Error(file, line, HelpDiagnostic.Yaml, $"parameter -{parameter}: '{key}' must be True or False, not '{value}'");
            return null;
        }

        List<string> List(string key) =>
            fields.TryGetValue(key, out var field)
                ? field.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList()
                : [];
    }

    /// <summary>Every parameter the syntax shows is documented, every documented one is in the syntax, and set names agree.</summary>
    private static void CheckParametersAgainstSyntax(
        List<SyntaxSet> syntax, List<ParameterHelp> parameters, string file, DiagnosticBag diagnostics)
    {
        var setNames = syntax.Select(s => s.Name).OfType<string>().ToList();
        foreach (var parameter in parameters)
        {
            foreach (var attributes in parameter.Attributes)
            {
                foreach (var set in attributes.ParameterSets.Where(s => !setNames.Contains(s, StringComparer.OrdinalIgnoreCase)))
                {
                    diagnostics.Error(file, attributes.Line, HelpDiagnostic.Parameter,
                        $"parameter -{parameter.Name} names parameter set '{set}', which the SYNTAX section does not have");
                }
            }

            var missingFrom = syntax
                .Where(set => parameter.Attributes.Any(a => a.AppliesTo(set.Name))
                    && !set.ParameterOrder.Contains(parameter.Name, StringComparer.OrdinalIgnoreCase))
                .Select(SetLabel).ToList();
            if (missingFrom.Count > 0)
            {
                diagnostics.Error(file, parameter.Line, HelpDiagnostic.Parameter,
                    $"unknown parameter -{parameter.Name}: the syntax of {string.Join(" and ", missingFrom)} does not have it");
            }
        }

        foreach (var set in syntax)
        {
            foreach (var name in set.ParameterOrder)
            {
                var parameter = parameters.FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
                if (parameter is null)
                {
                    diagnostics.Error(file, set.Line, HelpDiagnostic.Parameter,
                        $"unknown parameter -{name}: the syntax of {SetLabel(set)} shows it, but '## PARAMETERS' has no '### -{name}'");
                }
                else if (parameter.Attributes.Count > 0 && !parameter.Attributes.Any(a => a.AppliesTo(set.Name)))
                {
                    diagnostics.Error(file, parameter.Line, HelpDiagnostic.Parameter,
                        $"parameter -{name} is in the syntax of {SetLabel(set)} but its 'Parameter Sets' does not name that set");
                }
            }
        }

        static string SetLabel(SyntaxSet set) => set.Name is null ? "the cmdlet" : $"parameter set '{set.Name}'";
    }

    private static List<TypeHelp> ReadTypes(MarkdownOutline outline, OutlineSection section) =>
        section.Subsections.Select(s => new TypeHelp(s.Title, HelpText.Paragraphs(outline, s.Blocks))).ToList();

    private static List<RelatedLink> ReadLinks(MarkdownOutline outline, OutlineSection section) =>
        section.Blocks.SelectMany(b => MarkdownLink().Matches(outline.TextOf(b)))
            .Select(m => new RelatedLink(m.Groups["text"].Value, m.Groups["uri"].Value.Trim()))
            .ToList();

    [GeneratedRegex(@"^(?<name>.+?)(\s+\((?<default>Default)\))?$")]
    private static partial Regex SetTitle();

    [GeneratedRegex(@"^(False|True \((ByValue|ByPropertyName|FromRemainingArguments)(, (ByValue|ByPropertyName|FromRemainingArguments))*\))$")]
    private static partial Regex PipelineInputValue();

    [GeneratedRegex(@"\[(?<text>[^\]]+)\]\((?<uri>[^)]*)\)")]
    private static partial Regex MarkdownLink();
}
