using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CwLogs.Generator.Emit;

/// <summary>
/// Emits ServiceFacts.g.cs from model/service-facts.json: one constant per fact, either its value or the model
/// constraint it names ("Shape.max", "Shape.min", "Shape.pattern"). The module compiles the file and the emulator
/// links it, so neither restates a fact.
/// </summary>
internal static class ServiceFactsEmitter
{
    public const string FileName = "ServiceFacts.g.cs";

    public static string Emit(JsonObject facts, JsonObject model, string ns)
    {
        var entries = facts["facts"]?.AsObject() ?? throw new InvalidDataException("service-facts.json has no \"facts\" object.");
        var code = new CodeWriter(ns);
        code.Line("/// <summary>What the service enforces beyond the model: model/service-facts.json, one constant per fact.</summary>");
        code.Block("public static class ServiceFacts", () =>
        {
            var first = true;
            foreach (var (name, node) in entries)
            {
                var entry = node?.AsObject() ?? throw Bad(name, "is not an object");
                var why = entry["why"]?.GetValue<string>();
                if (string.IsNullOrWhiteSpace(why)) throw Bad(name, "has no \"why\"");
                var value = entry["model"] is { } reference ? FromModel(model, name, reference.GetValue<string>()) : entry["value"] ?? throw Bad(name, "has neither \"value\" nor \"model\"");
                if (!first) code.Line();
                first = false;
                var source = entry["model"] is { } r ? $" (model: {r.GetValue<string>()})" : "";
                code.Line($"/// <summary>{Xml(why)}{Xml(source)}</summary>");
                code.Line(Declaration(name, value));
            }
        });
        return code.ToString();
    }

    private static string Declaration(string name, JsonNode value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.Number:
                var number = value.GetValue<long>();
                return number is >= int.MinValue and <= int.MaxValue
                    ? $"public const int {name} = {number.ToString(CultureInfo.InvariantCulture)};"
                    : $"public const long {name} = {number.ToString(CultureInfo.InvariantCulture)}L;";
            case JsonValueKind.String:
                return $"public const string {name} = @\"{value.GetValue<string>().Replace("\"", "\"\"")}\";";
            case JsonValueKind.Array:
                var items = value.AsArray().Select(i => i!.GetValue<int>().ToString(CultureInfo.InvariantCulture));
                return $"public static readonly global::System.Collections.Generic.IReadOnlyList<int> {name} = new[] {{ {string.Join(", ", items)} }};";
            default:
                throw Bad(name, "has a value that is not a number, a text or a list of numbers");
        }
    }

    private static JsonNode FromModel(JsonObject model, string name, string reference)
    {
        var dot = reference.LastIndexOf('.');
        if (dot <= 0) throw Bad(name, $"names \"{reference}\", not Shape.member");
        var shape = model["shapes"]?[reference[..dot]] ?? throw Bad(name, $"names shape {reference[..dot]}, which the model lacks");
        return shape[reference[(dot + 1)..]]?.DeepClone() ?? throw Bad(name, $"names {reference}, which the model lacks");
    }

    private static string Xml(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    private static InvalidDataException Bad(string name, string problem) => new($"service-facts.json: fact {name} {problem}.");
}
