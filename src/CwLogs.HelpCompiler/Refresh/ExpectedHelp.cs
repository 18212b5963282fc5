using System.Text;
using CwLogs.HelpCompiler.Markdown;
using CwLogs.HelpCompiler.Metadata;

namespace CwLogs.HelpCompiler.Refresh;

/// <summary>
/// What a cmdlet's SYNTAX and parameter YAML must say, computed from its metadata the way
/// PlatyPS's New-MarkdownHelp does; shared by the refresh (which writes it) and the drift check
/// (which compares it).
/// </summary>
public static class ExpectedHelp
{
    private const int SyntaxWidth = 110;

    private static readonly string[] ShouldProcessParameters = ["WhatIf", "Confirm"];

    public static IReadOnlyList<SyntaxSet> Syntax(CommandMetadata command) =>
        command.ParameterSets
            .OrderByDescending(s => s.IsDefault && command.HasNamedSets)
            .Select(set => new SyntaxSet(
                command.HasNamedSets ? set.Name : null,
                command.HasNamedSets && set.IsDefault,
                SyntaxText(command, set),
                0))
            .ToList();

    /// <summary>
    /// The syntax line in PowerShell's own order (positional parameters by position, then mandatory
    /// named ones, then the rest), wrapped at 110 columns with a one-space continuation indent.
    /// </summary>
    public static string SyntaxText(CommandMetadata command, ParameterSetMetadata set)
    {
        var ordered = set.Parameters.Where(p => p.Position is not null).OrderBy(p => p.Position)
            .Concat(set.Parameters.Where(p => p.Position is null && p.Mandatory))
            .Concat(set.Parameters.Where(p => p.Position is null && !p.Mandatory && !IsShouldProcess(p.Name)))
            .Concat(set.Parameters.Where(p => p.Position is null && !p.Mandatory && IsShouldProcess(p.Name)));
        var tokens = ordered.Select(p => Token(command.Parameter(p.Name), p)).Append("[<CommonParameters>]");

        var text = new StringBuilder();
        var line = new StringBuilder(command.Name);
        foreach (var token in tokens)
        {
            if (line.Length + 1 + token.Length > SyntaxWidth)
            {
                text.Append(line).Append('\n');
                line.Clear();
            }

            line.Append(' ').Append(token);
        }

        return text.Append(line).ToString();
    }

    private static string Token(ParameterMetadata parameter, SetParameterMetadata inSet)
    {
        var name = inSet.Position is null ? $"-{parameter.Name}" : $"[-{parameter.Name}]";
        var value = parameter.IsSwitch ? name : $"{name} <{parameter.SyntaxType}>";
        return inSet.Mandatory ? value : $"[{value}]";
    }

    private static bool IsShouldProcess(string name) => ShouldProcessParameters.Contains(name, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// One attribute block per group of parameter sets in which the parameter behaves the same:
    /// a single "(All)" block when it is in every set alike. Default value and wildcard support
    /// are not in the metadata's reach, so they come from the current markdown when given.
    /// </summary>
    public static IReadOnlyList<ParameterAttributes> Attributes(
        CommandMetadata command, string parameterName, ParameterAttributes? current = null)
    {
        var parameter = command.Parameter(parameterName);
        var inSets = command.ParameterSets
            .OrderByDescending(s => s.IsDefault)
            .Select(s => (Set: s.Name, Facts: s.Parameters.FirstOrDefault(p => p.Name.Equals(parameterName, StringComparison.OrdinalIgnoreCase))))
            .Where(x => x.Facts is not null)
            .ToList();
        var groups = inSets.GroupBy(x => (x.Facts!.Mandatory, x.Facts.PositionText, x.Facts.PipelineInput)).ToList();
        var inAllSets = inSets.Count == command.ParameterSets.Count && groups.Count == 1;

        return groups.Select(g => new ParameterAttributes(
                parameter.Type,
                inAllSets || !command.HasNamedSets ? [] : g.Select(x => x.Set).ToList(),
                parameter.Aliases,
                parameter.AcceptedValues,
                g.Key.Mandatory,
                g.Key.PositionText,
                current?.DefaultValue ?? "None",
                g.Key.PipelineInput,
                parameter.SupportsWildcards || (current?.Wildcards ?? false)))
            .ToList();
    }

    public static string Yaml(ParameterAttributes attributes)
    {
        var text = new StringBuilder("```yaml\n");
        text.Append("Type: ").Append(attributes.Type).Append('\n');
        text.Append("Parameter Sets: ").Append(attributes.AppliesToAllSets ? "(All)" : string.Join(", ", attributes.ParameterSets)).Append('\n');
        text.Append("Aliases:").Append(attributes.Aliases.Count == 0 ? "" : " " + YamlScalar(string.Join(", ", attributes.Aliases))).Append('\n');
        if (attributes.AcceptedValues.Count > 0)
        {
            text.Append("Accepted values: ").Append(string.Join(", ", attributes.AcceptedValues)).Append('\n');
        }

        text.Append('\n');
        text.Append("Required: ").Append(attributes.Required ? "True" : "False").Append('\n');
        text.Append("Position: ").Append(attributes.Position).Append('\n');
        text.Append("Default value: ").Append(attributes.DefaultValue).Append('\n');
        text.Append("Accept pipeline input: ").Append(attributes.PipelineInput).Append('\n');
        text.Append("Accept wildcard characters: ").Append(attributes.Wildcards ? "True" : "False").Append('\n');
        return text.Append("```").ToString();
    }

    /// <summary>A plain YAML scalar, single-quoted when it starts with a character YAML reserves (an alias like @ptr).</summary>
    internal static string YamlScalar(string value)
        => value.Length > 0 && "@`!&*|>%'\"{}[],#?:-".Contains(value[0]) ? "'" + value.Replace("'", "''") + "'" : value;

    /// <summary>The whole SYNTAX section body, as PlatyPS lays it out.</summary>
    public static string SyntaxSection(CommandMetadata command)
    {
        var text = new StringBuilder();
        foreach (var set in Syntax(command))
        {
            if (set.Name is not null)
            {
                text.Append("\n### ").Append(set.Name).Append(set.IsDefault ? " (Default)" : "").Append('\n');
            }

            text.Append("\n```\n").Append(set.Text).Append("\n```\n");
        }

        return text.ToString();
    }

    /// <summary>Where a parameter goes in PARAMETERS: alphabetical, with -Confirm and -WhatIf last, as PlatyPS writes them.</summary>
    public static int SortKey(string name) => name.Equals("Confirm", StringComparison.OrdinalIgnoreCase) ? 1
        : name.Equals("WhatIf", StringComparison.OrdinalIgnoreCase) ? 2 : 0;

    public static int Compare(string a, string b) =>
        SortKey(a) != SortKey(b) ? SortKey(a).CompareTo(SortKey(b)) : StringComparer.OrdinalIgnoreCase.Compare(a, b);
}
