using System.Text.Json.Nodes;

namespace CwLogs.Generator.Model;

/// <summary>The facts of model/logs-2014-03-28.json that the generator uses, read into typed records.</summary>
internal sealed record ServiceModel(
    string TargetPrefix,
    IReadOnlyDictionary<string, OperationModel> Operations,
    IReadOnlyDictionary<string, ShapeModel> Shapes)
{
    public ShapeModel Shape(string name)
        => Shapes.TryGetValue(name, out var shape) ? shape : throw new InvalidDataException($"The model has no shape '{name}'.");

    public static ServiceModel Read(JsonObject model)
    {
        var operations = new Dictionary<string, OperationModel>(StringComparer.Ordinal);
        foreach (var (name, node) in model["operations"]!.AsObject())
        {
            operations[name] = new OperationModel(
                name,
                node!["input"]?["shape"]?.GetValue<string>(),
                node["output"]?["shape"]?.GetValue<string>(),
                node["paginator"] is JsonObject paginator ? PaginatorModel.Read(paginator) : null);
        }
        var shapes = new Dictionary<string, ShapeModel>(StringComparer.Ordinal);
        foreach (var (name, node) in model["shapes"]!.AsObject())
        {
            shapes[name] = ShapeModel.Read(name, node!.AsObject());
        }
        return new ServiceModel(model["metadata"]?["targetPrefix"]?.GetValue<string>() ?? "", operations, shapes);
    }
}

internal sealed record OperationModel(string Name, string? Input, string? Output, PaginatorModel? Paginator);

internal sealed record PaginatorModel(string InputToken, string OutputToken, string? LimitKey, IReadOnlyList<string> ResultKeys)
{
    public static PaginatorModel Read(JsonObject node) => new(
        Single(node["input_token"], "input_token"),
        Single(node["output_token"], "output_token"),
        node["limit_key"]?.GetValue<string>(),
        Strings(node["result_key"]));

    private static string Single(JsonNode? node, string key)
    {
        var values = Strings(node);
        return values.Count == 1 ? values[0] : throw new InvalidDataException($"Paginator {key} must name one member, not {values.Count}.");
    }

    private static IReadOnlyList<string> Strings(JsonNode? node) => node switch
    {
        null => Array.Empty<string>(),
        JsonArray array => array.Select(v => v!.GetValue<string>()).ToList(),
        _ => new[] { node.GetValue<string>() },
    };
}

internal sealed record MemberModel(string Name, string Shape);

/// <summary>
/// One shape. <see cref="Min"/>/<see cref="Max"/> are lengths for strings, lists, maps and blobs,
/// and values for numbers (as in botocore's models).
/// </summary>
internal sealed record ShapeModel(
    string Name,
    string Type,
    IReadOnlyList<MemberModel> Members,
    IReadOnlyList<string> Required,
    string? ListMember,
    string? MapValue,
    IReadOnlyList<string> Enum,
    double? Min,
    double? Max,
    string? Pattern,
    bool IsException)
{
    public bool IsStructure => Type == "structure";

    public bool HasLength => Type is "string" or "list" or "map" or "blob";

    public static ShapeModel Read(string name, JsonObject node) => new(
        name,
        node["type"]?.GetValue<string>() ?? throw new InvalidDataException($"Shape '{name}' has no type."),
        (node["members"]?.AsObject() ?? new JsonObject())
            .Select(m => new MemberModel(m.Key, m.Value!["shape"]!.GetValue<string>())).ToList(),
        (node["required"]?.AsArray() ?? new JsonArray()).Select(r => r!.GetValue<string>()).ToList(),
        node["member"]?["shape"]?.GetValue<string>(),
        node["value"]?["shape"]?.GetValue<string>(),
        (node["enum"]?.AsArray() ?? new JsonArray()).Select(e => e!.GetValue<string>()).ToList(),
        node["min"]?.GetValue<double>(),
        node["max"]?.GetValue<double>(),
        node["pattern"]?.GetValue<string>(),
        node["exception"]?.GetValue<bool>() ?? false);
}
