using System.Globalization;
using CwLogs.Generator.Model;

namespace CwLogs.Generator.Emit;

/// <summary>
/// One structure shape as a C# class: a nullable property per member (timestamps stay epoch
/// milliseconds as long), paging interfaces from the operation's paginator, and the model's
/// constraints as <c>Constraints</c> (checked by ModelConstraints.Check).
/// </summary>
internal sealed class WireClassEmitter
{
    private const string ConstraintsProperty = "Constraints";

    private readonly ClientShapes _shapes;
    private readonly string _namespace;
    private readonly Dictionary<string, string> _interfaces = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _pageTokens = new(StringComparer.Ordinal);

    public WireClassEmitter(ClientShapes shapes, string ns)
    {
        _shapes = shapes;
        _namespace = ns;
        foreach (var op in shapes.Operations)
        {
            if (op.Paginator is not { } paginator) continue;
            if (paginator.InputToken != "nextToken")
                throw new InvalidDataException($"{op.Name}: IPagedRequest expects the input token 'nextToken', the paginator names '{paginator.InputToken}'.");
            _interfaces[op.Input!] = "IPagedRequest";
            if (op.Output is not null)
            {
                _interfaces[op.Output] = "IPagedResponse";
                _pageTokens[op.Output] = paginator.OutputToken;
            }
        }
    }

    public string Emit(WireClass wireClass)
    {
        var shape = wireClass.Shape;
        var code = new CodeWriter(_namespace, "System.Collections.Generic", "System.Text.Json.Serialization");
        var interfaces = new List<string>();
        if (_interfaces.TryGetValue(shape.Name, out var paging)) interfaces.Add(paging);
        interfaces.Add($"IModelShape<{wireClass.Name}>");

        code.Line($"/// <summary>Model shape <c>{shape.Name}</c>.</summary>");
        code.Block($"public sealed partial class {wireClass.Name} : {string.Join(", ", interfaces)}", () =>
        {
            foreach (var member in shape.Members)
            {
                var property = CSharpNames.PropertyName(member.Name, wireClass.Name);
                if (property == ConstraintsProperty)
                    throw new InvalidDataException($"{shape.Name}.{member.Name} would hide the generated {ConstraintsProperty} table.");
                if (CSharpNames.ExplicitJsonName(member.Name, property) is { } jsonName)
                    code.Line($"[JsonPropertyName(\"{jsonName}\")]");
                code.Line($"public {TypeOf(member.Shape, wireClass.SentToService)}? {property} {{ get; set; }}");
                code.Line();
            }
            if (_pageTokens.TryGetValue(shape.Name, out var token))
            {
                code.Line($"string? IPagedResponse.NextPageToken => {CSharpNames.PropertyName(token, wireClass.Name)};");
                code.Line();
            }
            EmitConstraints(code, wireClass);
        });
        return code.ToString();
    }

    private void EmitConstraints(CodeWriter code, WireClass wireClass)
    {
        var rules = wireClass.Shape.Members.Select(m => Rule(wireClass, m)).OfType<string>().ToList();
        var type = $"MemberRule<{wireClass.Name}>";
        code.Line("/// <summary>The model's constraints on these members.</summary>");
        if (rules.Count == 0)
        {
            code.Line($"public static IReadOnlyList<{type}> {ConstraintsProperty} {{ get; }} = System.Array.Empty<{type}>();");
            return;
        }
        code.Line($"public static IReadOnlyList<{type}> {ConstraintsProperty} {{ get; }} = new {type}[]");
        code.Block("", () =>
        {
            foreach (var rule in rules) code.Line(rule + ",");
        }, ";");
    }

    private string? Rule(WireClass wireClass, MemberModel member)
    {
        var shape = _shapes.Shape(member.Shape);
        var settings = new List<string>();
        if (wireClass.Shape.Required.Contains(member.Name)) settings.Add("Required = true");
        var (minKey, maxKey) = shape.HasLength ? ("MinLength", "MaxLength") : ("Min", "Max");
        if (shape.Min is { } min) settings.Add($"{minKey} = {Number(min)}");
        if (shape.Max is { } max) settings.Add($"{maxKey} = {Number(max)}");
        if (shape.Pattern is { } pattern) settings.Add($"Pattern = @\"{pattern.Replace("\"", "\"\"")}\"");
        if (shape.Enum.Count > 0) settings.Add($"AllowedValues = CwLogsEnums.{shape.Name}.Values");
        if (settings.Count == 0) return null;
        var property = CSharpNames.PropertyName(member.Name, wireClass.Name);
        return $"new(\"{member.Name}\", x => x.{property}) {{ {string.Join(", ", settings)} }}";
    }

    private string TypeOf(string shapeName, bool sentToService)
    {
        var shape = _shapes.Shape(shapeName);
        return shape.Type switch
        {
            "string" => "string",
            "integer" => "int",
            "long" or "timestamp" => "long",
            "boolean" => "bool",
            "double" or "float" => "double",
            "blob" => "byte[]",
            "structure" => _shapes.Names.ClassName(shapeName),
            "list" => $"{(sentToService ? "IReadOnlyList" : "List")}<{TypeOf(shape.ListMember!, sentToService)}>",
            "map" => $"{(sentToService ? "IReadOnlyDictionary" : "Dictionary")}<string, {TypeOf(shape.MapValue!, sentToService)}>",
            _ => throw new InvalidDataException($"Shape {shapeName} has type '{shape.Type}', which the generator does not map to C#."),
        };
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
