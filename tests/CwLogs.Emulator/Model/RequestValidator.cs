using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using CwLogs.Emulator.Protocol;

namespace CwLogs.Emulator.Model;

/// <summary>
/// Checks a JSON request against its input shape the way the service does before any behaviour runs:
/// first the JSON types (a mismatch is a SerializationException, as the service's deserializer fails
/// first), then every constraint, reporting all violations at once in one InvalidParameterException.
/// Member paths are the service's: nested members joined by '.', list elements numbered from 1
/// ('logEvents.1.member.message'). Members the model does not know are ignored, as the service ignores them;
/// JSON null means "not set".
/// </summary>
internal static class RequestValidator
{
    /// <summary>Validates a request body; operations the model does not describe are left to their handler.</summary>
    public static void Validate(ServiceModel model, string operation, JsonElement body)
    {
        if (model.TryGetInput(operation, out Shape? input)) Check(input, body, path: string.Empty);
    }

    /// <summary>Validates one value (a whole request when <paramref name="path"/> is empty) and throws what the service answers.</summary>
    public static void Check(Shape shape, JsonElement value, string path)
    {
        var violations = new List<string>();
        Walk(shape, value, path, violations);
        if (violations.Count > 0) throw Errors.Validation(violations);
    }

    /// <summary>Validates a string a handler has already read, e.g. a member the model lacks but whose shape it has.</summary>
    public static void CheckString(Shape shape, string value, string path)
    {
        List<string> violations = StringViolations(shape, value).Select(c => Errors.Violation(value, path, c)).ToList();
        if (violations.Count > 0) throw Errors.Validation(violations);
    }

    private static void Walk(Shape shape, JsonElement value, string path, List<string> violations)
    {
        switch (shape.Type)
        {
            case "structure":
                Structure(shape, value, path, violations);
                break;
            case "list":
                List(shape, value, path, violations);
                break;
            case "map":
                Map(shape, value, path, violations);
                break;
            case "string":
                if (value.ValueKind != JsonValueKind.String) throw Errors.WrongType(path, "a string");
                violations.AddRange(StringViolations(shape, value.GetString()!).Select(c => Errors.Violation(value.GetString(), path, c)));
                break;
            case "integer":
                if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out _)) throw Errors.WrongType(path, "an integer");
                Range(shape, value, value.GetInt32(), path, violations);
                break;
            case "long":
                if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out _)) throw Errors.WrongType(path, "a long");
                Range(shape, value, value.GetInt64(), path, violations);
                break;
            case "double" or "float":
                if (value.ValueKind != JsonValueKind.Number) throw Errors.WrongType(path, "a number");
                Range(shape, value, ToDecimal(value.GetDouble()), path, violations);
                break;
            case "boolean":
                if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False)) throw Errors.WrongType(path, "a boolean");
                break;
            case "timestamp":
                // JSON 1.1 sends timestamps as epoch seconds.
                if (value.ValueKind != JsonValueKind.Number) throw Errors.WrongType(path, "a timestamp (epoch seconds)");
                break;
            case "blob":
                if (value.ValueKind != JsonValueKind.String) throw Errors.WrongType(path, "a base64 string");
                break;
        }
    }

    private static void Structure(Shape shape, JsonElement value, string path, List<string> violations)
    {
        if (value.ValueKind != JsonValueKind.Object) throw Errors.WrongType(path, "a structure");
        foreach (ShapeMember member in shape.Members)
        {
            string memberPath = path.Length == 0 ? member.Name : path + "." + member.Name;
            if (value.TryGetProperty(member.Name, out JsonElement memberValue) && memberValue.ValueKind != JsonValueKind.Null)
                Walk(member.Shape, memberValue, memberPath, violations);
            else if (shape.Required.Contains(member.Name))
                violations.Add(Errors.Violation(null, memberPath, Constraints.NotNull));
        }
    }

    private static void List(Shape shape, JsonElement value, string path, List<string> violations)
    {
        if (value.ValueKind != JsonValueKind.Array) throw Errors.WrongType(path, "a list");
        Length(shape, value, value.GetArrayLength(), path, violations);
        int index = 0;
        foreach (JsonElement element in value.EnumerateArray())
        {
            string elementPath = path + "." + (++index).ToString(CultureInfo.InvariantCulture) + ".member";
            if (element.ValueKind == JsonValueKind.Null) throw Errors.WrongType(elementPath, "a value, not null");
            Walk(shape.Member!, element, elementPath, violations);
        }
    }

    private static void Map(Shape shape, JsonElement value, string path, List<string> violations)
    {
        if (value.ValueKind != JsonValueKind.Object) throw Errors.WrongType(path, "a map");
        List<JsonProperty> entries = value.EnumerateObject().ToList();
        Length(shape, value, entries.Count, path, violations);

        Shape keyShape = shape.Key!, valueShape = shape.Value!;
        // The service reports keys (and scalar values) once per map, naming every constraint of their shape.
        if (entries.Any(e => StringViolations(keyShape, e.Name).Any()))
            violations.Add(Errors.Violation(Show(value), path, Constraints.MapKeys(AllConstraints(keyShape))));
        bool badValue = false;
        foreach (JsonProperty entry in entries)
        {
            if (valueShape.Type != "string")
            {
                Walk(valueShape, entry.Value, path + "." + entry.Name, violations);
                continue;
            }
            if (entry.Value.ValueKind != JsonValueKind.String) throw Errors.WrongType(path + "." + entry.Name, "a string");
            badValue |= StringViolations(valueShape, entry.Value.GetString()!).Any();
        }
        if (badValue) violations.Add(Errors.Violation(Show(value), path, Constraints.MapValues(AllConstraints(valueShape))));
    }

    /// <summary>The failed constraints of a string, in the service's order: pattern, then length, then enum.</summary>
    private static IEnumerable<string> StringViolations(Shape shape, string value)
    {
        if (shape.PatternRegex is not null && !shape.PatternRegex.IsMatch(value)) yield return Constraints.Pattern(shape.Pattern!);
        if (shape.Min is decimal min && value.Length < min) yield return Constraints.MinLength(min);
        if (shape.Max is decimal max && value.Length > max) yield return Constraints.MaxLength(max);
        if (shape.Enum is not null && !shape.Enum.Contains(value)) yield return Constraints.Enum(shape.Enum);
    }

    /// <summary>Every constraint of a map's key or value shape, in the order the service lists them.</summary>
    private static IEnumerable<string> AllConstraints(Shape shape)
    {
        if (shape.Max is decimal max) yield return Constraints.MaxLength(max);
        if (shape.Min is decimal min) yield return Constraints.MinLength(min);
        if (shape.Pattern is not null) yield return Constraints.Pattern(shape.Pattern);
        if (shape.Enum is not null) yield return Constraints.Enum(shape.Enum);
    }

    private static void Length(Shape shape, JsonElement value, int count, string path, List<string> violations)
    {
        if (shape.Min is decimal min && count < min) violations.Add(Errors.Violation(Show(value), path, Constraints.MinLength(min)));
        if (shape.Max is decimal max && count > max) violations.Add(Errors.Violation(Show(value), path, Constraints.MaxLength(max)));
    }

    private static void Range(Shape shape, JsonElement value, decimal number, string path, List<string> violations)
    {
        if (shape.Min is decimal min && number < min) violations.Add(Errors.Violation(Show(value), path, Constraints.MinValue(min)));
        if (shape.Max is decimal max && number > max) violations.Add(Errors.Violation(Show(value), path, Constraints.MaxValue(max)));
    }

    // Beyond decimal's range only the sign matters for a range check.
    private static decimal ToDecimal(double number) =>
        number >= (double)decimal.MaxValue ? decimal.MaxValue : number <= (double)decimal.MinValue ? decimal.MinValue : (decimal)number;

    /// <summary>
    /// A value as the service quotes it: strings and numbers as sent, lists as [a, b], maps as {k=v}
    /// (Java's notation; for structures the service prints an object name instead, written {member=value} here).
    /// </summary>
    private static string Show(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Array => "[" + string.Join(", ", value.EnumerateArray().Select(Show)) + "]",
        JsonValueKind.Object => "{" + string.Join(", ", value.EnumerateObject().Select(p => p.Name + "=" + Show(p.Value))) + "}",
        _ => value.GetRawText(),
    };
}
