using System.Xml.Linq;
using CwLogs.HelpCompiler.Maml;
using CwLogs.HelpCompiler.Markdown;

namespace CwLogs.HelpCompiler.Tests;

public class MamlWriterTests
{
    private static readonly XNamespace Msh = "http://msh";
    private static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
    private static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    private static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";

    private static XElement CompileSample()
    {
        var diagnostics = new DiagnosticBag();
        var help = CommandMarkdownParser.Parse(Samples.Markdown, Samples.File, diagnostics);
        Assert.Empty(diagnostics.Items);
        var document = MamlWriter.Write([help!]);
        // Round-trip through text, as Get-Help reads the file.
        return XDocument.Parse(document.ToString()).Root!.Element(Command + "command")!;
    }

    [Fact]
    public void Root_and_command_carry_the_maml_namespaces()
    {
        var command = CompileSample();
        var root = command.Parent!;
        Assert.Equal(Msh + "helpItems", root.Name);
        Assert.Equal("maml", root.Attribute("schema")!.Value);
        Assert.Equal(Maml.NamespaceName, command.Attribute(XNamespace.Xmlns + "maml")!.Value);
        Assert.Equal(Command.NamespaceName, command.Attribute(XNamespace.Xmlns + "command")!.Value);
        Assert.Equal(Dev.NamespaceName, command.Attribute(XNamespace.Xmlns + "dev")!.Value);
    }

    [Fact]
    public void Details_hold_name_verb_noun_and_synopsis()
    {
        var details = CompileSample().Element(Command + "details")!;
        Assert.Equal("Get-Thing", details.Element(Command + "name")!.Value);
        Assert.Equal("Get", details.Element(Command + "verb")!.Value);
        Assert.Equal("Thing", details.Element(Command + "noun")!.Value);
        Assert.Equal(["Gets things."], Paras(details.Element(Maml + "description")!));
    }

    [Fact]
    public void Description_has_one_para_per_paragraph_and_list_item_with_lines_joined()
    {
        var description = CompileSample().Element(Maml + "description")!;
        Assert.Equal(
            ["The `Get-Thing` cmdlet gets things from the store.", "It writes them one by one:", "- first the old ones;", "- then the new ones."],
            Paras(description));
    }

    [Fact]
    public void Syntax_has_one_item_per_parameter_set_in_the_markdown_order()
    {
        var items = CompileSample().Element(Command + "syntax")!.Elements(Command + "syntaxItem").ToList();
        Assert.Equal(2, items.Count);
        Assert.All(items, i => Assert.Equal("Get-Thing", i.Element(Maml + "name")!.Value));
        Assert.Equal(["Name", "Color", "Force"], ParameterNames(items[0]));
        Assert.Equal(["Name", "Count", "Force"], ParameterNames(items[1]));

        // A switch shows no value in the syntax; a valued parameter shows its short type name.
        var force = Parameter(items[0], "Force");
        Assert.Null(force.Element(Command + "parameterValue"));
        Assert.Equal("Int32", Parameter(items[1], "Count").Element(Command + "parameterValue")!.Value);
        Assert.Equal(["Red", "Blue"], Parameter(items[0], "Color").Element(Command + "parameterValueGroup")!
            .Elements(Command + "parameterValue").Select(v => v.Value));
    }

    [Fact]
    public void Every_parameter_has_description_type_required_position_default_pipeline_wildcards_and_aliases()
    {
        var parameters = CompileSample().Element(Command + "parameters")!;
        Assert.Equal(["Color", "Count", "Force", "Name"], ParameterNames(parameters));

        var name = Parameter(parameters, "Name");
        Assert.Equal("true", name.Attribute("required")!.Value);
        Assert.Equal("0", name.Attribute("position")!.Value);
        Assert.Equal("True (ByPropertyName, ByValue)", name.Attribute("pipelineInput")!.Value);
        Assert.Equal("true", name.Attribute("globbing")!.Value);
        Assert.Equal("ThingName", name.Attribute("aliases")!.Value);
        Assert.Equal(["The names of the things."], Paras(name.Element(Maml + "description")!));
        Assert.Equal("String[]", name.Element(Command + "parameterValue")!.Value);
        Assert.Equal("System.String[]", name.Element(Dev + "type")!.Element(Maml + "name")!.Value);
        Assert.Equal("None", name.Element(Dev + "defaultValue")!.Value);

        var color = Parameter(parameters, "Color");
        Assert.Equal("false", color.Attribute("required")!.Value);
        Assert.Equal("named", color.Attribute("position")!.Value);
        Assert.Equal("False", color.Attribute("pipelineInput")!.Value);
        Assert.Equal("false", color.Attribute("globbing")!.Value);
        Assert.Equal("none", color.Attribute("aliases")!.Value);
        Assert.Equal("Red", color.Element(Dev + "defaultValue")!.Value);

        var force = Parameter(parameters, "Force");
        Assert.Equal("SwitchParameter", force.Element(Command + "parameterValue")!.Value);
        Assert.Equal("False", force.Element(Dev + "defaultValue")!.Value);
    }

    [Fact]
    public void Inputs_outputs_and_notes_are_written()
    {
        var command = CompileSample();
        var input = command.Element(Command + "inputTypes")!.Element(Command + "inputType")!;
        Assert.Equal("System.String[]", input.Element(Dev + "type")!.Element(Maml + "name")!.Value);
        Assert.Equal(["You can pipe names to this cmdlet."], Paras(input.Element(Maml + "description")!));

        var output = command.Element(Command + "returnValues")!.Element(Command + "returnValue")!;
        Assert.Equal("Sample.Thing", output.Element(Dev + "type")!.Element(Maml + "name")!.Value);
        Assert.Equal(["A thing."], Paras(output.Element(Maml + "description")!));

        Assert.Equal(["Needs the things:Get permission."],
            Paras(command.Element(Maml + "alertSet")!.Element(Maml + "alert")!));
    }

    [Fact]
    public void Every_example_has_title_code_and_remarks()
    {
        var examples = CompileSample().Element(Command + "examples")!.Elements(Command + "example").ToList();
        Assert.Equal(2, examples.Count);
        Assert.Equal("-------------------------- Example 1: Get a thing --------------------------", examples[0].Element(Maml + "title")!.Value);
        Assert.Equal("Get-Thing -Name box", examples[0].Element(Dev + "code")!.Value);
        Assert.Equal(["This command gets the box.", "A second remark."], Paras(examples[0].Element(Dev + "remarks")!));
        Assert.Equal("Get-Thing box -Count 2", examples[1].Element(Dev + "code")!.Value);
    }

    [Fact]
    public void Related_links_keep_web_uris_and_name_sibling_topics()
    {
        var links = CompileSample().Element(Command + "relatedLinks")!.Elements(Maml + "navigationLink")
            .Select(l => (l.Element(Maml + "linkText")!.Value, l.Element(Maml + "uri")!.Value)).ToList();
        Assert.Equal([("Set-Thing", ""), ("Things API", "https://example.com/things")], links);
    }

    [Fact]
    public void The_repository_docs_compile_into_one_command_per_cmdlet_file()
    {
        var docs = Path.Combine(RepoRoot(), "docs", "en-US");
        var output = Directory.CreateTempSubdirectory().FullName;
        var diagnostics = new DiagnosticBag();
        HelpCompilation.Compile(docs, output, "CwLogs.dll", diagnostics);

        Assert.Empty(diagnostics.Items);
        var names = XDocument.Load(Path.Combine(output, "CwLogs.dll-Help.xml")).Root!
            .Elements(Command + "command").Select(c => c.Element(Command + "details")!.Element(Command + "name")!.Value);
        var files = Directory.GetFiles(docs, "*-*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.OrdinalIgnoreCase);
        Assert.Equal(files, names);
        Assert.StartsWith("TOPIC\n    about_CwLogs\n", File.ReadAllText(Path.Combine(output, "about_CwLogs.help.txt")));
    }

    internal static string RepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory.FullName, "Module.sln")))
        {
            directory = directory.Parent ?? throw new InvalidOperationException("Module.sln not found above the test output.");
        }

        return directory.FullName;
    }

    private static IEnumerable<string> Paras(XElement element) => element.Elements(Maml + "para").Select(p => p.Value);

    private static IEnumerable<string> ParameterNames(XElement element) =>
        element.Elements(Command + "parameter").Select(p => p.Element(Maml + "name")!.Value);

    private static XElement Parameter(XElement element, string name) =>
        element.Elements(Command + "parameter").Single(p => p.Element(Maml + "name")!.Value == name);
}
