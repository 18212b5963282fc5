using System.Xml.Linq;
using CwLogs.HelpCompiler.Markdown;

namespace CwLogs.HelpCompiler.Maml;

/// <summary>
/// Writes cmdlet help as MAML, in the shape of PowerShell's own *.dll-Help.xml files: a helpItems
/// root in the http://msh namespace, one command:command per cmdlet with command:details, the
/// description, one command:syntaxItem per parameter set, command:parameters, input and return
/// types, notes (maml:alertSet), examples and related links. Each paragraph is one maml:para.
/// </summary>
public static class MamlWriter
{
    public static readonly XNamespace Msh = "http://msh";
    public static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
    public static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    public static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";
    public static readonly XNamespace MSHelp = "http://msdn.microsoft.com/mshelp";

    public static XDocument Write(IEnumerable<CommandHelp> commands) =>
        new(new XDeclaration("1.0", "utf-8", null),
            new XElement(Msh + "helpItems",
                new XAttribute("schema", "maml"),
                commands.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).Select(WriteCommand)));

    private static XElement WriteCommand(CommandHelp help) =>
        new(Command + "command",
            new XAttribute(XNamespace.Xmlns + "maml", Maml),
            new XAttribute(XNamespace.Xmlns + "command", Command),
            new XAttribute(XNamespace.Xmlns + "dev", Dev),
            new XAttribute(XNamespace.Xmlns + "MSHelp", MSHelp),
            new XElement(Command + "details",
                new XElement(Command + "name", help.Name),
                new XElement(Command + "verb", help.Verb),
                new XElement(Command + "noun", help.Noun),
                Description(help.Synopsis)),
            Description(help.Description),
            new XElement(Command + "syntax", help.Syntax.Select(set => SyntaxItem(help, set))),
            new XElement(Command + "parameters",
                help.Parameters.Select(p => Parameter(p, p.Attributes[0], inSyntax: false))),
            new XElement(Command + "inputTypes", help.Inputs.Select(t => TypeEntry("inputType", t))),
            new XElement(Command + "returnValues", help.Outputs.Select(t => TypeEntry("returnValue", t))),
            new XElement(Maml + "alertSet",
                new XElement(Maml + "alert", Paras(help.Notes))),
            new XElement(Command + "examples", help.Examples.Select(Example)),
            new XElement(Command + "relatedLinks", help.Links.Select(Link)));

    private static XElement SyntaxItem(CommandHelp help, SyntaxSet set)
    {
        // Parameters in the order the markdown's syntax shows them (positional first, as PowerShell does).
        var order = set.ParameterOrder.ToList();
        var parameters = help.Parameters
            .Select(p => (Parameter: p, Attributes: p.Attributes.FirstOrDefault(a => a.AppliesTo(set.Name))))
            .Where(x => x.Attributes is not null)
            .OrderBy(x => order.FindIndex(n => n.Equals(x.Parameter.Name, StringComparison.OrdinalIgnoreCase)) is var i && i < 0 ? int.MaxValue : i);
        return new XElement(Command + "syntaxItem",
            new XElement(Maml + "name", help.Name),
            parameters.Select(x => Parameter(x.Parameter, x.Attributes!, inSyntax: true)));
    }

    private static XElement Parameter(ParameterHelp parameter, ParameterAttributes attributes, bool inSyntax)
    {
        var typeName = ShortTypeName(attributes.Type);
        var isSwitch = typeName == "SwitchParameter";
        return new XElement(Command + "parameter",
            new XAttribute("required", Bool(attributes.Required)),
            new XAttribute("variableLength", "true"),
            new XAttribute("globbing", Bool(attributes.Wildcards)),
            new XAttribute("pipelineInput", attributes.PipelineInput),
            new XAttribute("position", attributes.Position.Equals("Named", StringComparison.OrdinalIgnoreCase) ? "named" : attributes.Position),
            new XAttribute("aliases", attributes.Aliases.Count == 0 ? "none" : string.Join(", ", attributes.Aliases)),
            new XElement(Maml + "name", parameter.Name),
            Description(parameter.Description),
            attributes.AcceptedValues.Count == 0
                ? null
                : new XElement(Command + "parameterValueGroup",
                    attributes.AcceptedValues.Select(v => new XElement(Command + "parameterValue",
                        new XAttribute("required", "false"), new XAttribute(Command + "variableLength", "false"), v))),
            // A switch takes no value: its syntax shows just [-Name].
            isSwitch && inSyntax
                ? null
                : new XElement(Command + "parameterValue",
                    new XAttribute("required", Bool(!isSwitch)), new XAttribute("variableLength", "false"), typeName),
            new XElement(Dev + "type",
                new XElement(Maml + "name", attributes.Type),
                new XElement(Maml + "uri")),
            new XElement(Dev + "defaultValue", isSwitch && attributes.DefaultValue == "None" ? "False" : attributes.DefaultValue));
    }

    private static XElement TypeEntry(string element, TypeHelp type) =>
        new(Command + element,
            new XElement(Dev + "type",
                new XElement(Maml + "name", type.TypeName)),
            Description(type.Description));

    private static XElement Example(ExampleHelp example) =>
        new(Command + "example",
            new XElement(Maml + "title", $"-------------------------- {example.Title} --------------------------"),
            new XElement(Dev + "code", example.Code),
            new XElement(Dev + "remarks", Paras(example.Remarks)));

    private static XElement Link(RelatedLink link)
    {
        // Links to sibling markdown files name a help topic; only absolute URIs are kept, for Get-Help -Online.
        var isWeb = Uri.TryCreate(link.Uri, UriKind.Absolute, out var uri) && (uri.Scheme == "http" || uri.Scheme == "https");
        return new XElement(Maml + "navigationLink",
            new XElement(Maml + "linkText", link.Text),
            new XElement(Maml + "uri", isWeb ? link.Uri : string.Empty));
    }

    private static XElement Description(IEnumerable<HelpParagraph> paragraphs) =>
        new(Maml + "description", Paras(paragraphs));

    private static IEnumerable<XElement> Paras(IEnumerable<HelpParagraph> paragraphs) =>
        paragraphs.Select(p => new XElement(Maml + "para", p.Text));

    private static string Bool(bool value) => value ? "true" : "false";

    /// <summary>"System.Nullable`1[System.DateTime]" → "DateTime", "System.String[]" → "String[]": the name Get-Help shows.</summary>
    public static string ShortTypeName(string type)
    {
        var nullable = System.Text.RegularExpressions.Regex.Match(type, @"^System\.Nullable`1\[(?<inner>.+)\]$");
        if (nullable.Success)
        {
            type = nullable.Groups["inner"].Value;
        }

        var generic = type.IndexOf('`');
        var head = generic < 0 ? type : type[..generic];
        var lastDot = head.LastIndexOf('.');
        return lastDot < 0 ? type : type[(lastDot + 1)..];
    }
}
