using System.Text.Json.Nodes;

namespace CwLogs.Generator.Emit;

/// <summary>
/// What to generate (src/CwLogs.Generator/client.json): the operations the client calls, the namespace,
/// and shapes implemented by hand (shape name to C# type), which are referenced but not emitted.
/// </summary>
internal sealed record GeneratorConfig(string Namespace, IReadOnlyList<string> Operations, IReadOnlyDictionary<string, string> HandWritten)
{
    public static GeneratorConfig Read(JsonObject node) => new(
        node["namespace"]!.GetValue<string>(),
        node["operations"]!.AsArray().Select(o => o!.GetValue<string>()).ToList(),
        (node["handWritten"]?.AsObject() ?? new JsonObject()).ToDictionary(p => p.Key, p => p.Value!.GetValue<string>(), StringComparer.Ordinal));
}
