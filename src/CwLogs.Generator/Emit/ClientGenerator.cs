using CwLogs.Generator.Model;

namespace CwLogs.Generator.Emit;

/// <summary>
/// Emits the client's wire layer from the model: one file per class (Shapes/), the enum values
/// (CwLogsEnums.g.cs), the System.Text.Json context (CwLogsJsonContext.g.cs) and the operation
/// table (CwLogsOperations.g.cs). Returns file paths relative to src/CwLogs/Client/Generated.
/// </summary>
internal static class ClientGenerator
{
    public static SortedDictionary<string, string> Generate(ServiceModel model, GeneratorConfig config)
    {
        var shapes = new ClientShapes(model, config);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var classEmitter = new WireClassEmitter(shapes, config.Namespace);
        foreach (var wireClass in shapes.Classes)
        {
            files[$"Shapes/{wireClass.Name}.g.cs"] = classEmitter.Emit(wireClass);
        }
        files["Shapes/EmptyResponse.g.cs"] = EmptyResponse(config.Namespace);
        files["CwLogsEnums.g.cs"] = EnumEmitter.Emit(shapes.Enums, config.Namespace);
        files["CwLogsJsonContext.g.cs"] = JsonContext(shapes, config.Namespace);
        files["CwLogsOperations.g.cs"] = Operations(shapes, model.TargetPrefix, config.Namespace);
        return files;
    }

    private static string EmptyResponse(string ns)
    {
        var code = new CodeWriter(ns);
        code.Line("/// <summary>The \"{}\" result of operations whose model has no output.</summary>");
        code.Block("public sealed class EmptyResponse", () => { });
        return code.ToString();
    }

    private static string JsonContext(ClientShapes shapes, string ns)
    {
        var code = new CodeWriter(ns, "System.Text.Json.Serialization");
        code.Line("/// <summary>");
        code.Line("/// Source-generated JSON for every request and response: camelCase names, nulls left out, integers read");
        code.Line("/// leniently (a number with a fraction, as some endpoints write times, is read into a long).");
        code.Line("/// </summary>");
        code.Line("[JsonSourceGenerationOptions(");
        code.Line("    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,");
        code.Line("    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,");
        code.Line("    Converters = new[] { typeof(global::CwLogs.Client.Protocol.LenientInt64Converter), typeof(global::CwLogs.Client.Protocol.LenientInt32Converter) })]");
        code.Line("[JsonSerializable(typeof(EmptyResponse))]");
        var types = shapes.Operations
            .SelectMany(op => new[] { shapes.Names.ClassName(op.Input!), shapes.ResponseName(op) })
            .Where(t => t != "EmptyResponse")
            .Distinct();
        foreach (var type in types) code.Line($"[JsonSerializable(typeof({type}))]");
        code.Block("internal sealed partial class CwLogsJsonContext : JsonSerializerContext", () => { });
        return code.ToString();
    }

    private static string Operations(ClientShapes shapes, string targetPrefix, string ns)
    {
        var code = new CodeWriter(ns);
        code.Line($"/// <summary>The operations CwLogs calls (X-Amz-Target {targetPrefix}.Name). The list is src/CwLogs.Generator/client.json.</summary>");
        code.Block("public static partial class CwLogsOperations", () =>
        {
            code.Line("private static CwLogsJsonContext Json => CwLogsJsonContext.Default;");
            foreach (var op in shapes.Operations)
            {
                var request = shapes.Names.ClassName(op.Input!);
                var response = shapes.ResponseName(op);
                code.Line();
                code.Line($"public static readonly CwLogsOperation<{request}, {response}> {op.Name} =");
                code.Line($"    new(\"{op.Name}\", () => Json.{request}, () => Json.{response});");
            }
        });
        return code.ToString();
    }
}
