using CwLogs.HelpCompiler.Metadata;

namespace CwLogs.HelpCompiler.Tests;

/// <summary>A small two-set cmdlet, as metadata and as the PlatyPS markdown that documents it.</summary>
internal static class Samples
{
    public const string File = "/docs/Get-Thing.md";

    public static CommandMetadata Metadata(
        bool nameMandatoryInTail = true, string nameAlias = "ThingName", string countType = "System.Int32",
        int? namePosition = 0, bool nameByValue = true, bool withColor = true, bool withExtra = false)
    {
        var sets = new[]
        {
            new ParameterSetMetadata("All", true,
            [
                new SetParameterMetadata("Name", true, namePosition, nameByValue, true),
                .. withColor ? [new SetParameterMetadata("Color", false, null, false, false)] : Array.Empty<SetParameterMetadata>(),
                .. withExtra ? [new SetParameterMetadata("Extra", false, null, false, false)] : Array.Empty<SetParameterMetadata>(),
                new SetParameterMetadata("Force", false, null, false, false),
            ]),
            new ParameterSetMetadata("Tail", false,
            [
                new SetParameterMetadata("Name", nameMandatoryInTail, namePosition, nameByValue, true),
                new SetParameterMetadata("Count", true, null, false, false),
                new SetParameterMetadata("Force", false, null, false, false),
            ]),
        };
        var parameters = new List<ParameterMetadata>
        {
            new("Name", "System.String[]", "String[]", false, [nameAlias], [], true),
            new("Count", countType, MamlShortName(countType), false, [], [], false),
            new("Force", "System.Management.Automation.SwitchParameter", "SwitchParameter", true, [], [], false),
        };
        if (withColor)
        {
            parameters.Add(new("Color", "System.String", "String", false, [], ["Red", "Blue"], false));
        }

        if (withExtra)
        {
            parameters.Add(new("Extra", "System.Nullable`1[System.DateTime]", "DateTime", false, [], [], false));
        }

        return new CommandMetadata("Get-Thing", ["Sample.Thing"], sets, parameters);
    }

    private static string MamlShortName(string type) => Maml.MamlWriter.ShortTypeName(type);

    /// <summary>The markdown for <see cref="Metadata"/> with its defaults; line numbers are asserted in tests.</summary>
    public const string Markdown = """
        ---
        external help file: Sample.dll-Help.xml
        Module Name: Sample
        online version:
        schema: 2.0.0
        ---

        # Get-Thing

        ## SYNOPSIS
        Gets things.

        ## SYNTAX

        ### All (Default)

        ```
        Get-Thing [-Name] <String[]> [-Color <String>] [-Force] [<CommonParameters>]
        ```

        ### Tail

        ```
        Get-Thing [-Name] <String[]> -Count <Int32> [-Force] [<CommonParameters>]
        ```

        ## DESCRIPTION
        The `Get-Thing` cmdlet gets things
        from the store.

        It writes them one by one:

        - first the old ones;
        - then the new ones.

        ## EXAMPLES

        ### Example 1: Get a thing

        ```powershell
        Get-Thing -Name box
        ```

        This command gets the box.

        A second remark.

        ### Example 2: Get the last things

        ```powershell
        Get-Thing box -Count 2
        ```

        Gets the last two.

        ## PARAMETERS

        ### -Color
        The color of the things.

        ```yaml
        Type: System.String
        Parameter Sets: All
        Aliases:
        Accepted values: Red, Blue

        Required: False
        Position: Named
        Default value: Red
        Accept pipeline input: False
        Accept wildcard characters: False
        ```

        ### -Count
        How many things.

        ```yaml
        Type: System.Int32
        Parameter Sets: Tail
        Aliases:

        Required: True
        Position: Named
        Default value: None
        Accept pipeline input: False
        Accept wildcard characters: False
        ```

        ### -Force
        Gets things even when they are hidden.

        ```yaml
        Type: System.Management.Automation.SwitchParameter
        Parameter Sets: (All)
        Aliases:

        Required: False
        Position: Named
        Default value: None
        Accept pipeline input: False
        Accept wildcard characters: False
        ```

        ### -Name
        The names of the things.

        ```yaml
        Type: System.String[]
        Parameter Sets: (All)
        Aliases: ThingName

        Required: True
        Position: 0
        Default value: None
        Accept pipeline input: True (ByPropertyName, ByValue)
        Accept wildcard characters: True
        ```

        ### CommonParameters
        This cmdlet supports the common parameters.

        ## INPUTS

        ### System.String[]

        You can pipe names to this cmdlet.

        ## OUTPUTS

        ### Sample.Thing

        A thing.

        ## NOTES

        Needs the things:Get permission.

        ## RELATED LINKS

        [Set-Thing](Set-Thing.md)

        [Things API](https://example.com/things)
        """;

    /// <summary>The 1-based line of the first line of <paramref name="markdown"/> that equals <paramref name="text"/> (after a given line).</summary>
    public static int LineOf(string markdown, string text, int after = 0) =>
        markdown.Split('\n').Select((l, i) => (l, i)).First(x => x.i + 1 > after && x.l.TrimEnd() == text).i + 1;
}
