using System.Text;
using CwLogs.HelpCompiler.Metadata;

namespace CwLogs.HelpCompiler.Refresh;

/// <summary>
/// New-MarkdownHelp for one cmdlet: a PlatyPS 0.14 file whose prose is {{ placeholders }} (which
/// the drift check rejects until someone writes them) and whose syntax and YAML come from metadata.
/// </summary>
public static class SkeletonWriter
{
    public static string Write(CommandMetadata command, string moduleName)
    {
        var pipelineTypes = command.ParameterSets
            .SelectMany(s => s.Parameters)
            .Where(p => p.ValueFromPipeline || p.ValueFromPipelineByPropertyName)
            .Select(p => command.Parameter(p.Name).Type)
            .Distinct()
            .ToList();
        var text = new StringBuilder();
        text.Append($"""
            ---
            external help file: {moduleName}.dll-Help.xml
            Module Name: {moduleName}
            online version:
            schema: 2.0.0
            ---

            # {command.Name}

            ## SYNOPSIS
            {"{{ Fill in the Synopsis }}"}

            ## SYNTAX

            ## DESCRIPTION
            {"{{ Fill in the Description }}"}

            ## EXAMPLES

            ### Example 1
            ```powershell
            {"{{ Add example code here }}"}
            ```

            {"{{ Add example description here }}"}

            ## PARAMETERS

            ### CommonParameters
            This cmdlet supports the common parameters: -Debug, -ErrorAction, -ErrorVariable,
            -InformationAction, -InformationVariable, -OutBuffer, -OutVariable, -PipelineVariable,
            -ProgressAction, -Verbose, -WarningAction, and -WarningVariable. For more information, see
            [about_CommonParameters](http://go.microsoft.com/fwlink/?LinkID=113216).

            ## INPUTS

            """).Append('\n');
        AppendTypes(text, pipelineTypes);
        text.Append("## OUTPUTS\n\n");
        AppendTypes(text, command.OutputTypes);
        text.Append("## NOTES\n\n## RELATED LINKS\n");
        return MarkdownRefresher.Refresh(text.ToString(), command);
    }

    private static void AppendTypes(StringBuilder text, IReadOnlyList<string> types)
    {
        foreach (var type in types.Count == 0 ? ["None"] : types)
        {
            text.Append("### ").Append(type).Append("\n\n");
        }
    }
}
