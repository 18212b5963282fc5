namespace CwLogs.HelpCompiler.Markdown;

/// <summary>A block of help prose: a paragraph, a list item or a code block, as PowerShell shows one maml:para.</summary>
public sealed record HelpParagraph(string Text, bool IsCode = false);

/// <summary>One "### Name" set of the SYNTAX section (Name is null when the cmdlet has a single, unnamed set).</summary>
public sealed record SyntaxSet(string? Name, bool IsDefault, string Text, int Line)
{
    /// <summary>Parameter names in the order the syntax text shows them.</summary>
    public IReadOnlyList<string> ParameterOrder =>
        System.Text.RegularExpressions.Regex.Matches(Text, @"(?<![\w-])-(\w+)")
            .Select(m => m.Groups[1].Value).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}

/// <summary>
/// The attributes of a parameter in some of its parameter sets: one PlatyPS ```yaml block.
/// ParameterSets is empty when the block says "(All)".
/// </summary>
public sealed record ParameterAttributes(
    string Type,
    IReadOnlyList<string> ParameterSets,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> AcceptedValues,
    bool Required,
    string Position,
    string DefaultValue,
    string PipelineInput,
    bool Wildcards,
    int Line = 0)
{
    public bool AppliesToAllSets => ParameterSets.Count == 0;

    public bool AppliesTo(string? setName) =>
        AppliesToAllSets || (setName is not null && ParameterSets.Contains(setName, StringComparer.OrdinalIgnoreCase));
}

public sealed record ParameterHelp(string Name, int Line, IReadOnlyList<HelpParagraph> Description, IReadOnlyList<ParameterAttributes> Attributes);

public sealed record ExampleHelp(string Title, int Line, string Code, IReadOnlyList<HelpParagraph> Remarks);

/// <summary>An INPUTS or OUTPUTS entry: a type name and what it means.</summary>
public sealed record TypeHelp(string TypeName, IReadOnlyList<HelpParagraph> Description);

public sealed record RelatedLink(string Text, string Uri);

/// <summary>Everything a PlatyPS cmdlet markdown file says, with the lines needed to report problems.</summary>
public sealed record CommandHelp(
    string Name,
    string File,
    IReadOnlyList<HelpParagraph> Synopsis,
    IReadOnlyList<HelpParagraph> Description,
    IReadOnlyList<SyntaxSet> Syntax,
    IReadOnlyList<ExampleHelp> Examples,
    IReadOnlyList<ParameterHelp> Parameters,
    IReadOnlyList<TypeHelp> Inputs,
    IReadOnlyList<TypeHelp> Outputs,
    IReadOnlyList<HelpParagraph> Notes,
    IReadOnlyList<RelatedLink> Links)
{
    public string Verb => Name.Split('-', 2)[0];
    public string Noun => Name.Contains('-') ? Name.Split('-', 2)[1] : string.Empty;
}
