using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace CwLogs.Emulator.Model;

/// <summary>
/// The CloudWatch Logs service model (the repository's model/logs-2014-03-28.json, embedded in the
/// emulator): operations and the shapes of their input, with botocore's constraints. Members that came
/// from the aws-sdk model carry no constraints, so they are checked for their JSON type only.
/// Loaded once and read-only afterwards, so every request shares it.
/// </summary>
internal sealed class ServiceModel
{
    public const string ResourceName = "CwLogs.Emulator.Model.logs-2014-03-28.json";

    private static readonly Lazy<ServiceModel> LogsModel = new(LoadEmbedded);

    private readonly Dictionary<string, Shape> _shapes;
    private readonly Dictionary<string, Shape> _inputs;

    private ServiceModel(Dictionary<string, Shape> shapes, Dictionary<string, Shape> inputs)
    {
        _shapes = shapes;
        _inputs = inputs;
    }

    /// <summary>The CloudWatch Logs model the pipeline validates against.</summary>
    public static ServiceModel Logs => LogsModel.Value;

    public IReadOnlyCollection<string> Operations => _inputs.Keys;

    /// <summary>The input shape of an operation; false for operations the model does not describe (or without input).</summary>
    public bool TryGetInput(string operation, [NotNullWhen(true)] out Shape? input) =>
        _inputs.TryGetValue(operation, out input);

    public Shape Shape(string name) =>
        _shapes.TryGetValue(name, out Shape? shape) ? shape : throw new KeyNotFoundException($"The service model has no shape '{name}'.");

    /// <summary>Reads a model in botocore's JSON format (the embedded one, or a small one in tests).</summary>
    public static ServiceModel Parse(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        JsonElement shapesJson = document.RootElement.GetProperty("shapes");

        var shapes = new Dictionary<string, Shape>(StringComparer.Ordinal);
        foreach (JsonProperty shape in shapesJson.EnumerateObject()) shapes.Add(shape.Name, Create(shape.Name, shape.Value));
        // Second pass: shapes reference each other (and themselves), so link once all exist.
        foreach (JsonProperty shape in shapesJson.EnumerateObject()) Link(shapes[shape.Name], shape.Value, shapes);

        var inputs = new Dictionary<string, Shape>(StringComparer.Ordinal);
        foreach (JsonProperty operation in document.RootElement.GetProperty("operations").EnumerateObject())
        {
            if (operation.Value.TryGetProperty("input", out JsonElement input))
                inputs.Add(operation.Name, shapes[Target(input)]);
        }
        return new ServiceModel(shapes, inputs);
    }

    private static ServiceModel LoadEmbedded()
    {
        using Stream stream = typeof(ServiceModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The emulator was built without its service model ({ResourceName}).");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    private static Shape Create(string name, JsonElement json)
    {
        string? pattern = json.TryGetProperty("pattern", out JsonElement p) ? p.GetString() : null;
        return new Shape(name, json.GetProperty("type").GetString()!)
        {
            Min = json.TryGetProperty("min", out JsonElement min) ? min.GetDecimal() : null,
            Max = json.TryGetProperty("max", out JsonElement max) ? max.GetDecimal() : null,
            Pattern = pattern,
            PatternRegex = pattern is null ? null : JavaPattern.Compile(pattern),
            Enum = json.TryGetProperty("enum", out JsonElement values) ? values.EnumerateArray().Select(v => v.GetString()!).ToArray() : null,
        };
    }

    private static void Link(Shape shape, JsonElement json, Dictionary<string, Shape> shapes)
    {
        if (json.TryGetProperty("members", out JsonElement members))
        {
            var required = json.TryGetProperty("required", out JsonElement names)
                ? names.EnumerateArray().Select(n => n.GetString()!).ToHashSet(StringComparer.Ordinal)
                : new HashSet<string>(StringComparer.Ordinal);
            foreach (JsonProperty member in members.EnumerateObject())
                shape.AddMember(member.Name, shapes[Target(member.Value)], required.Contains(member.Name));
        }
        Shape? Reference(string property) => json.TryGetProperty(property, out JsonElement r) ? shapes[Target(r)] : null;
        shape.Link(Reference("member"), Reference("key"), Reference("value"));
    }

    private static string Target(JsonElement reference) => reference.GetProperty("shape").GetString()!;
}
