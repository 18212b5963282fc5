using CwLogs.HelpCompiler.Drift;
using CwLogs.HelpCompiler.Markdown;
using CwLogs.HelpCompiler.Refresh;

namespace CwLogs.HelpCompiler.Tests;

/// <summary>The Docs task's update of an existing file, and its skeleton for a new cmdlet.</summary>
public class RefreshTests
{
    [Theory]
    [InlineData("AK", "AK")]
    [InlineData("RegionToCall, Region", "RegionToCall, Region")]
    [InlineData("@ptr, Ptr", "'@ptr, Ptr'")]
    public void AliasesThatYamlReservesAreQuoted(string aliases, string written)
        => Assert.Equal(written, ExpectedHelp.YamlScalar(aliases));

    [Fact]
    public void Markdown_that_matches_the_cmdlet_is_left_as_it_is()
    {
        Assert.Equal(Samples.Markdown, MarkdownRefresher.Refresh(Samples.Markdown, Samples.Metadata()));
    }

    [Fact]
    public void Refresh_rewrites_syntax_and_yaml_and_keeps_every_line_of_prose()
    {
        var metadata = Samples.Metadata(nameMandatoryInTail: false, nameAlias: "Label", countType: "System.Int64", withExtra: true);
        var refreshed = MarkdownRefresher.Refresh(Samples.Markdown, metadata);

        // Syntax and YAML follow the cmdlet...
        Assert.Contains("Get-Thing [-Name] <String[]> [-Color <String>] [-Extra <DateTime>] [-Force] [<CommonParameters>]", refreshed);
        Assert.Contains("Get-Thing [[-Name] <String[]>] -Count <Int64> [-Force] [<CommonParameters>]", refreshed);
        Assert.Contains("Type: System.Int64", refreshed);
        Assert.Contains("Aliases: Label", refreshed);
        Assert.Contains("Parameter Sets: All\nAliases: Label\n\nRequired: True", refreshed);
        Assert.Contains("Parameter Sets: Tail\nAliases: Label\n\nRequired: False", refreshed);
        // ...what metadata cannot know stays as the author wrote it...
        Assert.Contains("Default value: Red", refreshed);
        // ...and every line outside SYNTAX and the yaml blocks is still there, in order.
        var prose = ProseLines(Samples.Markdown);
        var kept = ProseLines(refreshed);
        Assert.Equal(prose, kept.Where(prose.Contains));

        // The result is valid input for the compiler and no longer drifts, except for the new placeholder.
        var diagnostics = new DiagnosticBag();
        DriftChecker.CheckFile(Samples.File, refreshed, metadata, diagnostics);
        var left = Assert.Single(diagnostics.Items);
        Assert.Equal(HelpDiagnostic.Placeholder, left.Code);
    }

    [Fact]
    public void New_parameter_gets_a_placeholder_section_in_alphabetical_place()
    {
        var refreshed = MarkdownRefresher.Refresh(Samples.Markdown, Samples.Metadata(withExtra: true));

        var extra = Samples.LineOf(refreshed, "### -Extra");
        Assert.True(Samples.LineOf(refreshed, "### -Count") < extra && extra < Samples.LineOf(refreshed, "### -Force"));
        Assert.Equal("{{ Fill Extra Description }}", refreshed.Split('\n')[extra]);
        Assert.Contains("Type: System.Nullable`1[System.DateTime]", refreshed);
    }

    [Fact]
    public void Section_of_a_parameter_the_cmdlet_dropped_is_removed()
    {
        var refreshed = MarkdownRefresher.Refresh(Samples.Markdown, Samples.Metadata(withColor: false));

        Assert.DoesNotContain("### -Color", refreshed);
        Assert.DoesNotContain("The color of the things.", refreshed);
        Assert.DoesNotContain("-Color <String>", refreshed);
        Assert.NotNull(CommandMarkdownParser.Parse(refreshed, Samples.File, new DiagnosticBag()));
    }

    [Fact]
    public void Refresh_is_stable()
    {
        var metadata = Samples.Metadata(nameMandatoryInTail: false, withExtra: true);
        var once = MarkdownRefresher.Refresh(Samples.Markdown, metadata);
        Assert.Equal(once, MarkdownRefresher.Refresh(once, metadata));
    }

    [Fact]
    public void Skeleton_for_a_new_cmdlet_is_valid_platyps_with_placeholders_that_drift_rejects()
    {
        var metadata = Samples.Metadata();
        var skeleton = SkeletonWriter.Write(metadata, "Sample");

        var diagnostics = new DiagnosticBag();
        var help = CommandMarkdownParser.Parse(skeleton, Samples.File, diagnostics);
        Assert.NotNull(help);
        Assert.Empty(diagnostics.Items);
        Assert.StartsWith("---\nexternal help file: Sample.dll-Help.xml\nModule Name: Sample\n", skeleton);
        Assert.Equal(["All", "Tail"], help!.Syntax.Select(s => s.Name));
        Assert.True(help.Syntax[0].IsDefault);
        Assert.Equal(["Color", "Count", "Force", "Name"], help.Parameters.Select(p => p.Name));
        Assert.Equal(["System.String[]"], help.Inputs.Select(i => i.TypeName));
        Assert.Equal(["Sample.Thing"], help.Outputs.Select(o => o.TypeName));

        DriftChecker.CheckFile(Samples.File, skeleton, metadata, diagnostics);
        Assert.All(diagnostics.Items, d => Assert.Equal(HelpDiagnostic.Placeholder, d.Code));
        Assert.Contains(diagnostics.Items, d => d.Message.Contains("{{ Fill in the Synopsis }}"));
        Assert.Contains(diagnostics.Items, d => d.Message.Contains("{{ Fill Count Description }}"));
        Assert.Contains(diagnostics.Items, d => d.Message.Contains("{{ Add example code here }}"));
    }

    [Fact]
    public void Docs_task_writes_skeletons_only_for_cmdlets_without_a_file()
    {
        var docs = Directory.CreateTempSubdirectory().FullName;
        var existing = Path.Combine(docs, "Get-Thing.md");
        File.WriteAllText(existing, Samples.Markdown);
        var other = Samples.Metadata() with { Name = "Set-Thing" };

        var changed = HelpCompilation.Refresh(docs, [Samples.Metadata(), other], "Sample");

        Assert.Equal([Path.Combine(docs, "Set-Thing.md")], changed);
        Assert.Equal(Samples.Markdown, File.ReadAllText(existing));
        Assert.Contains("# Set-Thing", File.ReadAllText(Path.Combine(docs, "Set-Thing.md")));
    }

    /// <summary>Lines that are neither in the SYNTAX section nor in a yaml block.</summary>
    private static List<string> ProseLines(string markdown)
    {
        var result = new List<string>();
        var inSyntax = false;
        var inYaml = false;
        foreach (var line in markdown.Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                inSyntax = line == "## SYNTAX";
            }

            if (line == "```yaml")
            {
                inYaml = true;
            }
            else if (inYaml && line == "```")
            {
                inYaml = false;
                continue;
            }

            if (!inSyntax && !inYaml && line.Trim().Length > 0)
            {
                result.Add(line);
            }
        }

        return result;
    }
}
