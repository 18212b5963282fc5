using System.Collections.Generic;
using System.Text.Json;

namespace CwLogs.Emulator.Protocol;

/// <summary>
/// Typed, read-only access to the members of a JSON 1.1 request body.
/// A member of the wrong JSON type is a SerializationException (as AWS's
/// deserializer reports it); a missing required member is an InvalidParameterException.
/// </summary>
internal sealed class RequestBody
{
    private readonly JsonElement _root;

    public RequestBody(JsonElement root) => _root = root;

    public static RequestBody Empty { get; } = new(JsonDocument.Parse("{}").RootElement);

    public bool Has(string member) => TryGet(member, out _);

    public string? OptionalString(string member) =>
        TryGet(member, out JsonElement value) ? ReadString(value, member) : null;

    public string RequiredString(string member) =>
        OptionalString(member) ?? throw Errors.MissingMember(member);

    public long? OptionalLong(string member) =>
        TryGet(member, out JsonElement value) ? ReadLong(value, member) : null;

    public long RequiredLong(string member) =>
        OptionalLong(member) ?? throw Errors.MissingMember(member);

    public int? OptionalInt(string member)
    {
        if (!TryGet(member, out JsonElement value)) return null;
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out int result))
            throw WrongType(member, "an integer");
        return result;
    }

    public bool? OptionalBool(string member)
    {
        if (!TryGet(member, out JsonElement value)) return null;
        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw WrongType(member, "a boolean"),
        };
    }

    /// <summary>Array members; elements are returned raw for the caller to read.</summary>
    public IReadOnlyList<JsonElement>? OptionalArray(string member)
    {
        if (!TryGet(member, out JsonElement value)) return null;
        if (value.ValueKind != JsonValueKind.Array) throw WrongType(member, "a list");
        var items = new List<JsonElement>(value.GetArrayLength());
        foreach (JsonElement item in value.EnumerateArray()) items.Add(item);
        return items;
    }

    public IReadOnlyList<string>? OptionalStringList(string member)
    {
        IReadOnlyList<JsonElement>? items = OptionalArray(member);
        if (items is null) return null;
        var strings = new List<string>(items.Count);
        foreach (JsonElement item in items) strings.Add(ReadString(item, member));
        return strings;
    }

    public IReadOnlyDictionary<string, string>? OptionalStringMap(string member)
    {
        if (!TryGet(member, out JsonElement value)) return null;
        if (value.ValueKind != JsonValueKind.Object) throw WrongType(member, "a map");
        var map = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (JsonProperty property in value.EnumerateObject())
            map[property.Name] = ReadString(property.Value, member);
        return map;
    }

    /// <summary>Reads a nested structure (e.g. one element of logEvents) with the same rules.</summary>
    public static RequestBody Structure(JsonElement element, string member)
    {
        if (element.ValueKind != JsonValueKind.Object) throw WrongType(member, "a structure");
        return new RequestBody(element);
    }

    // JSON null is treated as "not set", like the AWS SDKs' deserializers do.
    private bool TryGet(string member, out JsonElement value)
    {
        if (_root.TryGetProperty(member, out value) && value.ValueKind != JsonValueKind.Null)
            return true;
        value = default;
        return false;
    }

    private static string ReadString(JsonElement value, string member) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw WrongType(member, "a string");

    private static long ReadLong(JsonElement value, string member)
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out long result))
            throw WrongType(member, "a long");
        return result;
    }

    private static ServiceException WrongType(string member, string expected) => Errors.WrongType(member, expected);
}
