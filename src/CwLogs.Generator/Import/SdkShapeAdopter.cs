using System.Text.Json.Nodes;

namespace CwLogs.Generator.Import;

/// <summary>
/// Brings aws-sdk's minified shapes into the named shapes of the model. In the minified model a shape
/// is either inline ({"type": "list", "member": {...}}, where no "type" means string) or a reference
/// ({"shape": "S1v"}) to its table of shared shapes, and nothing has a real name.
/// Naming rule for an adopted shape, first free candidate wins:
///   a member m of structure P: Pascal(m), then P + Pascal(m);
///   the element of list L: Singular(L), then L + "Member"; the key/value of map M: M + "Key"/"Value".
/// A scalar reuses an existing shape of that name and type, so it keeps botocore's constraints
/// (a new "logGroupIdentifier" member gets botocore's LogGroupIdentifier with its length and pattern).
/// </summary>
internal sealed class SdkShapeAdopter
{
    // Keys of an inline definition that describe the member, not its shape.
    private static readonly HashSet<string> MemberTraits = new(StringComparer.Ordinal)
    {
        "idempotencyToken", "deprecated", "hostLabel", "jsonvalue", "location", "locationName", "box",
    };

    private static readonly HashSet<string> Aggregates = new(StringComparer.Ordinal) { "structure", "list", "map" };

    private readonly JsonObject _shapes;
    private readonly JsonObject _sdkShared;
    private readonly Dictionary<string, string> _adoptedShared = new(StringComparer.Ordinal);
    private readonly HashSet<(string, JsonNode)> _merged = new();

    public SdkShapeAdopter(JsonObject shapes, JsonObject sdkSharedShapes)
    {
        _shapes = shapes;
        _sdkShared = sdkSharedShapes;
    }

    /// <summary>Adds to the named shape what the aws-sdk definition at the same place has and it lacks.</summary>
    public void MergeInto(string shapeName, JsonObject sdkDefinition)
    {
        var sdk = Resolve(sdkDefinition);
        if (!_merged.Add((shapeName, sdk))) return;
        var shape = _shapes[shapeName]!.AsObject();
        switch (shape["type"]?.GetValue<string>())
        {
            case "structure":
                var members = shape["members"]?.AsObject() ?? new JsonObject();
                shape["members"] = members;
                foreach (var (memberName, node) in sdk["members"]?.AsObject() ?? new JsonObject())
                {
                    var sdkMember = node!.AsObject();
                    if (members[memberName]?["shape"]?.GetValue<string>() is { } existing)
                    {
                        MergeInto(existing, sdkMember);
                        continue;
                    }
                    var member = NewMember(sdkMember, new[] { Pascal(memberName), shapeName + Pascal(memberName) });
                    member["source"] = ModelImporter.SdkSource;
                    members[memberName] = member;
                }
                // Required members change as the API grows (logGroupName became optional once
                // logGroupIdentifier came): the newer model's list is the current truth.
                if (sdk["required"] is JsonArray required) shape["required"] = required.DeepClone();
                else if (sdk["members"] is not null) shape.Remove("required");
                break;
            case "list" when sdk["member"] is JsonObject element:
                MergeInto(shape["member"]!["shape"]!.GetValue<string>(), element);
                break;
            case "map" when sdk["value"] is JsonObject value:
                MergeInto(shape["value"]!["shape"]!.GetValue<string>(), value);
                break;
        }
    }

    /// <summary>Names an aws-sdk definition (see the class summary) and returns that name.</summary>
    public string Adopt(JsonObject sdkDefinition, IReadOnlyList<string> candidates)
    {
        var reference = sdkDefinition["shape"]?.GetValue<string>();
        if (reference is not null && _adoptedShared.TryGetValue(reference, out var adopted)) return adopted;

        var sdk = Resolve(sdkDefinition);
        var type = TypeOf(sdk);
        if (!Aggregates.Contains(type) && sdk["enum"] is null)
        {
            var reusable = candidates.FirstOrDefault(c => _shapes[c]?["type"]?.GetValue<string>() == type);
            if (reusable is not null) return reusable;
        }

        var name = FreeName(candidates);
        if (reference is not null) _adoptedShared[reference] = name;
        var shape = new JsonObject { ["type"] = type };
        _shapes[name] = shape; // before the members, so a shape that contains itself finds its name
        foreach (var (key, value) in sdk)
        {
            if (key is "type" or "members" or "member" or "key" or "value" or "shape" || MemberTraits.Contains(key)) continue;
            shape[key] = value?.DeepClone();
        }
        switch (type)
        {
            case "structure":
                var members = new JsonObject();
                foreach (var (memberName, node) in sdk["members"]?.AsObject() ?? new JsonObject())
                {
                    members[memberName] = NewMember(node!.AsObject(), new[] { Pascal(memberName), name + Pascal(memberName) });
                }
                shape["members"] = members;
                break;
            case "list":
                shape["member"] = new JsonObject { ["shape"] = Adopt(sdk["member"]?.AsObject() ?? new JsonObject(), new[] { Singular(name), name + "Member" }) };
                break;
            case "map":
                shape["key"] = new JsonObject { ["shape"] = Adopt(sdk["key"]?.AsObject() ?? new JsonObject(), new[] { name + "Key" }) };
                shape["value"] = new JsonObject { ["shape"] = Adopt(sdk["value"]?.AsObject() ?? new JsonObject(), new[] { name + "Value" }) };
                break;
        }
        shape["source"] = ModelImporter.SdkSource;
        return name;
    }

    private JsonObject NewMember(JsonObject sdkMember, IReadOnlyList<string> candidates)
    {
        var member = new JsonObject { ["shape"] = Adopt(sdkMember, candidates) };
        foreach (var (key, value) in sdkMember)
        {
            if (MemberTraits.Contains(key)) member[key] = value?.DeepClone();
        }
        return member;
    }

    private JsonObject Resolve(JsonObject definition)
        => definition["shape"]?.GetValue<string>() is { } reference
            ? _sdkShared[reference]?.AsObject() ?? throw new InvalidDataException($"aws-sdk model: shape reference '{reference}' is not in its shapes table.")
            : definition;

    // aws-sdk's minified models leave "type" out for strings.
    private static string TypeOf(JsonObject definition)
        => definition["type"]?.GetValue<string>() ?? (definition["members"] is not null ? "structure" : "string");

    private string FreeName(IReadOnlyList<string> candidates)
    {
        foreach (var candidate in candidates)
        {
            if (_shapes[candidate] is null) return candidate;
        }
        var last = candidates[^1];
        for (var i = 2; ; i++)
        {
            if (_shapes[last + i] is null) return last + i;
        }
    }

    internal static string Pascal(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];

    internal static string Singular(string name)
    {
        if (name.EndsWith("ies", StringComparison.Ordinal)) return name[..^3] + "y";
        if (name.EndsWith("s", StringComparison.Ordinal) && !name.EndsWith("ss", StringComparison.Ordinal)) return name[..^1];
        return name + "Item";
    }
}
