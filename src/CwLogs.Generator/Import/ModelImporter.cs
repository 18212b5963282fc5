using System.Text.Json.Nodes;

namespace CwLogs.Generator.Import;

/// <summary>Where one input of the import came from, recorded in the model's "sources".</summary>
internal sealed record ModelSource(string Name, string Package, string Version, IReadOnlyList<string> Files);

/// <summary>
/// Builds the repository's service model: botocore's model (full, with constraints and enums) as the
/// base, plus what the newer aws-sdk model adds: whole operations botocore lacks and members added to
/// operations both have. aws-sdk's minified model has anonymous shapes and no constraints; its shapes
/// get names here (see <see cref="SdkShapeAdopter"/>). Paginators are attached to their operations.
/// Everything taken from aws-sdk carries "source": "aws-sdk"; the rest is botocore's.
/// </summary>
internal static class ModelImporter
{
    public const string SdkSource = "aws-sdk";

    public static JsonObject Import(
        JsonObject botocore, JsonObject botocorePaginators,
        JsonObject sdk, JsonObject sdkPaginators,
        IReadOnlyList<ModelSource> sources)
    {
        var model = (JsonObject)botocore.DeepClone();
        Documentation.Strip(model);
        var operations = model["operations"]!.AsObject();
        var shapes = model["shapes"]!.AsObject();
        var adopter = new SdkShapeAdopter(shapes, sdk["shapes"]?.AsObject() ?? new JsonObject());

        foreach (var (name, node) in sdk["operations"]!.AsObject())
        {
            var sdkOperation = node!.AsObject();
            if (operations[name] is JsonObject existing) MergeOperation(existing, sdkOperation, adopter);
            else operations[name] = AdoptOperation(name, sdkOperation, adopter);
        }

        AttachPaginators(operations, botocorePaginators, source: null);
        AttachPaginators(operations, sdkPaginators, SdkSource);

        var result = new JsonObject
        {
            ["version"] = model["version"]?.DeepClone() ?? "2.0",
            ["metadata"] = model["metadata"]!.DeepClone(),
            ["sources"] = SourcesNode(sources),
            ["operations"] = Sorted(operations),
            ["shapes"] = Sorted(shapes),
        };
        Documentation.Strip(result);
        return result;
    }

    private static void MergeOperation(JsonObject operation, JsonObject sdkOperation, SdkShapeAdopter adopter)
    {
        if (sdkOperation["input"] is JsonObject sdkInput)
        {
            if (operation["input"]?["shape"]?.GetValue<string>() is { } input) adopter.MergeInto(input, sdkInput);
            else operation["input"] = new JsonObject { ["shape"] = adopter.Adopt(sdkInput, OperationShapeName(operation, "Request")), ["source"] = SdkSource };
        }
        if (sdkOperation["output"] is JsonObject sdkOutput)
        {
            if (operation["output"]?["shape"]?.GetValue<string>() is { } output) adopter.MergeInto(output, sdkOutput);
            else operation["output"] = new JsonObject { ["shape"] = adopter.Adopt(sdkOutput, OperationShapeName(operation, "Response")), ["source"] = SdkSource };
        }
    }

    private static JsonObject AdoptOperation(string name, JsonObject sdkOperation, SdkShapeAdopter adopter)
    {
        var operation = new JsonObject { ["name"] = name };
        foreach (var (key, value) in sdkOperation)
        {
            if (key is "input" or "output") continue;
            operation[key] = value?.DeepClone();
        }
        operation["http"] ??= new JsonObject { ["method"] = "POST", ["requestUri"] = "/" };
        if (sdkOperation["input"] is JsonObject input)
            operation["input"] = new JsonObject { ["shape"] = adopter.Adopt(input, new[] { name + "Request" }) };
        if (sdkOperation["output"] is JsonObject output)
            operation["output"] = new JsonObject { ["shape"] = adopter.Adopt(output, new[] { name + "Response" }) };
        operation["source"] = SdkSource;
        return operation;
    }

    private static string[] OperationShapeName(JsonObject operation, string suffix)
        => new[] { operation["name"]!.GetValue<string>() + suffix };

    /// <summary>The first source to name an operation's paginator wins (botocore's are read first).</summary>
    private static void AttachPaginators(JsonObject operations, JsonObject paginators, string? source)
    {
        foreach (var (name, node) in paginators["pagination"]?.AsObject() ?? new JsonObject())
        {
            if (operations[name] is not JsonObject operation || operation["paginator"] is not null) continue;
            var paginator = node!.DeepClone().AsObject();
            if (source is not null) paginator["source"] = source;
            operation["paginator"] = paginator;
        }
    }

    private static JsonArray SourcesNode(IReadOnlyList<ModelSource> sources)
    {
        var array = new JsonArray();
        foreach (var source in sources)
        {
            var files = new JsonArray();
            foreach (var file in source.Files) files.Add(file);
            array.Add(new JsonObject
            {
                ["name"] = source.Name,
                ["package"] = source.Package,
                ["version"] = source.Version,
                ["files"] = files,
            });
        }
        return array;
    }

    private static JsonObject Sorted(JsonObject map)
    {
        var sorted = new JsonObject();
        foreach (var (key, value) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            sorted[key] = value?.DeepClone();
        }
        return sorted;
    }
}
