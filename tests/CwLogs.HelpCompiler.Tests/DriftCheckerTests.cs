using CwLogs.HelpCompiler.Drift;
using CwLogs.HelpCompiler.Metadata;

namespace CwLogs.HelpCompiler.Tests;

/// <summary>Every way the markdown can fall behind the cmdlet is an error naming the file and line.</summary>
public class DriftCheckerTests
{
    private static List<HelpDiagnostic> Drift(CommandMetadata metadata, string? markdown = null)
    {
        var diagnostics = new DiagnosticBag();
        DriftChecker.CheckFile(Samples.File, markdown ?? Samples.Markdown, metadata, diagnostics);
        return diagnostics.Items.ToList();
    }

    [Fact]
    public void Matching_markdown_has_no_drift()
    {
        Assert.Empty(Drift(Samples.Metadata()));
    }

    [Fact]
    public void Changed_type_is_drift_at_the_parameter_yaml()
    {
        var errors = Drift(Samples.Metadata(countType: "System.Int64"));
        Assert.Contains(errors, e => e.Message.Contains("-Count in set 'Tail': 'Type' is 'System.Int32' in the markdown but 'System.Int64'")
            && e.Line == Samples.LineOf(Samples.Markdown, "Type: System.Int32"));
        Assert.Contains(errors, e => e.Message.StartsWith("syntax of set 'Tail' differs"));
    }

    [Fact]
    public void Changed_mandatory_flag_is_drift()
    {
        var errors = Drift(Samples.Metadata(nameMandatoryInTail: false));
        Assert.Contains(errors, e => e.Message.Contains("-Name in set 'Tail': 'Required' is 'True' in the markdown but 'False'"));
    }

    [Fact]
    public void Changed_position_is_drift()
    {
        var errors = Drift(Samples.Metadata(namePosition: null));
        Assert.Contains(errors, e => e.Message.Contains("-Name in set 'All': 'Position' is '0' in the markdown but 'Named'"));
    }

    [Fact]
    public void Changed_alias_is_drift()
    {
        var errors = Drift(Samples.Metadata(nameAlias: "Label"));
        Assert.Contains(errors, e => e.Message.Contains("'Aliases' is 'ThingName' in the markdown but 'Label'"));
    }

    [Fact]
    public void Changed_pipeline_binding_is_drift()
    {
        var errors = Drift(Samples.Metadata(nameByValue: false));
        Assert.Contains(errors, e => e.Message.Contains("'Accept pipeline input' is 'True (ByPropertyName, ByValue)' in the markdown but 'True (ByPropertyName)'"));
    }

    [Fact]
    public void New_parameter_without_a_section_is_drift()
    {
        var errors = Drift(Samples.Metadata(withExtra: true));
        Assert.Contains(errors, e => e.Message.StartsWith("parameter -Extra of the cmdlet has no '### -Extra' section"));
    }

    [Fact]
    public void Documented_parameter_the_cmdlet_lost_is_drift()
    {
        var errors = Drift(Samples.Metadata(withColor: false));
        Assert.Contains(errors, e => e.Message.StartsWith("the cmdlet has no parameter -Color") && e.Line == Samples.LineOf(Samples.Markdown, "### -Color"));
    }

    [Fact]
    public void Changed_parameter_sets_are_drift()
    {
        var metadata = Samples.Metadata();
        var renamed = metadata with { ParameterSets = [metadata.ParameterSets[0], metadata.ParameterSets[1] with { Name = "Last" }] };
        var errors = Drift(renamed);
        Assert.Contains(errors, e => e.Message.StartsWith("parameter sets differ"));

        var otherDefault = metadata with { ParameterSets = [metadata.ParameterSets[0] with { IsDefault = false }, metadata.ParameterSets[1] with { IsDefault = true }] };
        Assert.Contains(Drift(otherDefault), e => e.Message.Contains("default set"));
    }

    [Fact]
    public void Placeholder_is_drift_at_its_line()
    {
        var markdown = Samples.Markdown.Replace("The color of the things.", "{{ Fill Color Description }}");
        var error = Assert.Single(Drift(Samples.Metadata(), markdown));
        Assert.Equal((HelpDiagnostic.Placeholder, Samples.LineOf(markdown, "{{ Fill Color Description }}")), (error.Code, error.Line));
    }

    [Fact]
    public void Cmdlet_without_a_file_and_file_without_a_cmdlet_are_drift()
    {
        var docs = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllText(Path.Combine(docs, "Get-Thing.md"), Samples.Markdown);
        File.WriteAllText(Path.Combine(docs, "about_Thing.md"), "# about_Thing\n");
        var diagnostics = new DiagnosticBag();

        DriftChecker.Check(docs, [Samples.Metadata() with { Name = "Set-Thing" }], diagnostics);

        Assert.Contains(diagnostics.Items, d => d.File == Path.Combine(docs, "Set-Thing.md") && d.Message.Contains("has no help file"));
        Assert.Contains(diagnostics.Items, d => d.File == Path.Combine(docs, "Get-Thing.md") && d.Message.Contains("not a cmdlet the module exports"));
        Assert.Equal(2, diagnostics.Items.Count);
    }

    [Fact]
    public void Metadata_json_from_export_script_is_read()
    {
        const string json = """
            [{"Name":"Get-Thing","OutputTypes":["Sample.Thing"],
              "ParameterSets":[{"Name":"__AllParameterSets","IsDefault":false,"Parameters":[
                {"Name":"Name","Mandatory":true,"Position":0,"ValueFromPipeline":false,"ValueFromPipelineByPropertyName":true}]}],
              "Parameters":[{"Name":"Name","Type":"System.String","SyntaxType":"String","IsSwitch":false,"Aliases":[],"AcceptedValues":[],"SupportsWildcards":false}]}]
            """;
        var command = Assert.Single(CommandMetadataReader.Read(json));
        Assert.False(command.HasNamedSets);
        Assert.Equal("True (ByPropertyName)", command.ParameterSets[0].Parameters[0].PipelineInput);
        Assert.Equal("0", command.ParameterSets[0].Parameters[0].PositionText);
    }
}
