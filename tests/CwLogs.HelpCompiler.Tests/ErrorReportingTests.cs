using CwLogs.HelpCompiler.About;
using CwLogs.HelpCompiler.Markdown;

namespace CwLogs.HelpCompiler.Tests;

/// <summary>Each kind of broken markdown is an error at its file and line, never an empty topic.</summary>
public class ErrorReportingTests
{
    private static HelpDiagnostic SingleError(string markdown, string file = Samples.File)
    {
        var diagnostics = new DiagnosticBag();
        var help = CommandMarkdownParser.Parse(markdown, file, diagnostics);
        Assert.Null(help);
        return Assert.Single(diagnostics.Items, d => d.IsError);
    }

    private static string Replace(string oldText, string newText)
    {
        Assert.Contains(oldText, Samples.Markdown);
        return Samples.Markdown.Replace(oldText, newText);
    }

    [Fact]
    public void Diagnostic_prints_in_msbuild_error_format()
    {
        Assert.Equal("/docs/Get-Thing.md(12): error CWH001: section '## SYNOPSIS' is empty",
            new HelpDiagnostic("/docs/Get-Thing.md", 12, "CWH001", "section '## SYNOPSIS' is empty").ToString());
    }

    [Fact]
    public void Missing_section_is_reported_at_the_title()
    {
        var markdown = Replace("## NOTES\n\nNeeds the things:Get permission.\n\n", "");
        var error = SingleError(markdown);
        Assert.Equal((Samples.File, 8, HelpDiagnostic.Structure), (error.File, error.Line, error.Code));
        Assert.Contains("'## NOTES'", error.Message);
    }

    [Fact]
    public void Empty_synopsis_is_an_error_not_an_empty_topic()
    {
        var markdown = Replace("## SYNOPSIS\nGets things.\n", "## SYNOPSIS\n");
        var error = SingleError(markdown);
        Assert.Equal((Samples.LineOf(markdown, "## SYNOPSIS"), HelpDiagnostic.Structure), (error.Line, error.Code));
    }

    [Fact]
    public void Parameter_without_description_is_an_error()
    {
        var markdown = Replace("### -Count\nHow many things.\n", "### -Count\n");
        var error = SingleError(markdown);
        Assert.Equal(Samples.LineOf(markdown, "### -Count"), error.Line);
        Assert.Contains("-Count has no description", error.Message);
    }

    [Fact]
    public void Documented_parameter_missing_from_the_syntax_is_an_unknown_parameter()
    {
        var markdown = Replace("### -Count\nHow many things.", "### -Counter\nHow many things.")
            .Replace("-Count <Int32>", "-Counter <Int32>")
            .Replace("### -Name\n", "### -Nome\n");
        var diagnostics = new DiagnosticBag();
        CommandMarkdownParser.Parse(markdown, Samples.File, diagnostics);
        var error = Assert.Single(diagnostics.Items, d => d.Message.StartsWith("unknown parameter -Nome"));
        Assert.Equal((Samples.LineOf(markdown, "### -Nome"), HelpDiagnostic.Parameter), (error.Line, error.Code));
    }

    [Fact]
    public void Parameter_in_the_syntax_without_a_section_is_an_unknown_parameter()
    {
        var markdown = Replace("[-Color <String>] [-Force]", "[-Color <String>] [-Size <Int32>] [-Force]");
        var error = SingleError(markdown);
        Assert.Equal((Samples.LineOf(markdown, "Get-Thing [-Name] <String[]> [-Color <String>] [-Size <Int32>] [-Force] [<CommonParameters>]") - 1,
            HelpDiagnostic.Parameter), (error.Line, error.Code));
        Assert.Contains("unknown parameter -Size", error.Message);
    }

    [Fact]
    public void Parameter_set_the_syntax_does_not_have_is_an_error_at_its_yaml()
    {
        var markdown = Replace("Parameter Sets: Tail", "Parameter Sets: Tale");
        var diagnostics = new DiagnosticBag();
        Assert.Null(CommandMarkdownParser.Parse(markdown, Samples.File, diagnostics));
        var error = Assert.Single(diagnostics.Items, d => d.Message.Contains("'Tale'"));
        Assert.Equal((Samples.LineOf(markdown, "Type: System.Int32"), HelpDiagnostic.Parameter), (error.Line, error.Code));
    }

    [Fact]
    public void Bad_yaml_in_a_parameter_block_is_reported_at_its_line()
    {
        var markdown = Replace("Aliases: ThingName\n", "Aliases: [ThingName\n");
        var error = SingleError(markdown);
        Assert.Equal(HelpDiagnostic.Yaml, error.Code);
        Assert.Contains("invalid YAML", error.Message);
        var line = Samples.LineOf(markdown, "Aliases: [ThingName");
        Assert.InRange(error.Line, line, line + 2);
    }

    [Fact]
    public void Bad_front_matter_yaml_is_reported_at_its_line()
    {
        var markdown = Replace("Module Name: Sample\n", "Module Name: [Sample\n");
        var error = SingleError(markdown);
        Assert.Equal(HelpDiagnostic.Yaml, error.Code);
        Assert.InRange(error.Line, 3, 5);
    }

    [Fact]
    public void Missing_front_matter_is_an_error()
    {
        var markdown = Samples.Markdown[(Samples.Markdown.IndexOf("# Get-Thing", StringComparison.Ordinal))..];
        var error = SingleError(markdown);
        Assert.Equal((1, HelpDiagnostic.Yaml), (error.Line, error.Code));
    }

    [Fact]
    public void Unknown_yaml_key_is_reported_at_its_line()
    {
        var markdown = Replace("Default value: Red\n", "Default value: Red\nColour: Blue\n");
        var error = SingleError(markdown);
        Assert.Equal((Samples.LineOf(markdown, "Colour: Blue"), HelpDiagnostic.Yaml), (error.Line, error.Code));
    }

    [Fact]
    public void Missing_yaml_key_is_an_error()
    {
        var markdown = Replace("Accept pipeline input: True (ByPropertyName, ByValue)\n", "");
        var error = SingleError(markdown);
        Assert.Contains("missing 'Accept pipeline input:'", error.Message);
        Assert.Equal(Samples.LineOf(markdown, "Type: System.String[]"), error.Line);
    }

    [Fact]
    public void Bad_yaml_values_are_reported_at_their_line()
    {
        var markdown = Replace("Position: 0\n", "Position: first\n");
        var error = SingleError(markdown);
        Assert.Equal(Samples.LineOf(markdown, "Position: first"), error.Line);

        markdown = Replace("Accept wildcard characters: True\n", "Accept wildcard characters: Yes\n");
        error = SingleError(markdown);
        Assert.Equal(Samples.LineOf(markdown, "Accept wildcard characters: Yes"), error.Line);
    }

    [Fact]
    public void Example_without_code_is_an_error()
    {
        var markdown = Replace("```powershell\nGet-Thing box -Count 2\n```\n", "");
        var error = SingleError(markdown);
        Assert.Equal(Samples.LineOf(markdown, "### Example 2: Get the last things"), error.Line);
    }

    [Fact]
    public void Title_must_match_the_file_name()
    {
        var error = SingleError(Samples.Markdown, "/docs/Get-Other.md");
        Assert.Equal((8, HelpDiagnostic.Structure), (error.Line, error.Code));
    }

    [Fact]
    public void About_topic_without_long_description_is_an_error()
    {
        var diagnostics = new DiagnosticBag();
        var text = AboutTopicWriter.Write("# about_Thing\n\n## SHORT DESCRIPTION\n\nThings.\n", "/docs/about_Thing.md", diagnostics);
        Assert.Null(text);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal((1, HelpDiagnostic.Structure), (error.Line, error.Code));
        Assert.Contains("LONG DESCRIPTION", error.Message);
    }

    [Fact]
    public void A_broken_file_stops_the_whole_compilation_and_writes_nothing()
    {
        var docs = Directory.CreateTempSubdirectory().FullName;
        var output = Path.Combine(docs, "out");
        File.WriteAllText(Path.Combine(docs, "Get-Thing.md"), Samples.Markdown.Replace("Gets things.\n", ""));
        var diagnostics = new DiagnosticBag();
        HelpCompilation.Compile(docs, output, "Sample.dll", diagnostics);

        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(Path.Combine(docs, "Get-Thing.md"), error.File);
        Assert.False(Directory.Exists(output));
    }
}
