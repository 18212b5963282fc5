using System.Collections;
using System.Globalization;
using System.Management.Automation;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CwLogs.Infrastructure.Json;

/// <summary>
/// Policy documents (IAM JSON) in both directions: what a user gives (JSON text, hashtables, ordered
/// dictionaries, PSCustomObjects, arrays of them) becomes compact JSON, and the service's JSON text
/// becomes PSCustomObjects for dot notation. The same writer serves every input, so text and objects that
/// mean the same policy send the same bytes.
/// </summary>
public static class PolicyJson
{
    /// <summary>Deeper than any IAM policy; stops self-referencing objects long before the stack does.</summary>
    public const int MaxDepth = 64;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Policies are read by people in -Verbose, the journal and the console: keep '+', '<', non-ASCII as they are.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>Compact JSON for a policy given as JSON text or as objects; ArgumentException says what is wrong.</summary>
    public static string ToCompactJson(object? input)
    {
        input = Unwrap(input);
        if (input is null) throw new ArgumentException("The policy is empty: give JSON text, a hashtable or a PSCustomObject.");
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            if (input is string text) WriteText(writer, text);
            else WriteValue(writer, input, 0);
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The service's policy text as objects (PSCustomObject, object[], scalars); null when it is empty or not JSON.</summary>
    public static object? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = MaxDepth });
            return ToObject(document.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void WriteText(Utf8JsonWriter writer, string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = MaxDepth });
            document.RootElement.WriteTo(writer);
        }
        catch (JsonException ex)
        {
            throw new ArgumentException($"The policy is not valid JSON: {ex.Message}", ex);
        }
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value, int depth)
    {
        value = Unwrap(value);
        if (depth > MaxDepth) throw new ArgumentException($"The policy is nested deeper than {MaxDepth} levels (does an object contain itself?).");
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case char c: writer.WriteStringValue(c.ToString()); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case Enum e: writer.WriteStringValue(e.ToString()); break;
            case DateTime t: writer.WriteStringValue(t.ToString("o", CultureInfo.InvariantCulture)); break;
            case DateTimeOffset t: writer.WriteStringValue(t.ToString("o", CultureInfo.InvariantCulture)); break;
            case Guid or Uri: writer.WriteStringValue(value.ToString()); break;
            case byte or sbyte or short or ushort or int or uint or long or ulong or float or double or decimal or System.Numerics.BigInteger:
                writer.WriteRawValue(Convert.ToString(value, CultureInfo.InvariantCulture)!); break;
            case IDictionary dictionary: WriteDictionary(writer, dictionary, depth); break;
            case PSCustomObjectMarker custom: WriteProperties(writer, custom.Value, depth); break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items) WriteValue(writer, item, depth + 1);
                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"A policy is made of hashtables, PSCustomObjects, arrays, text, numbers and booleans; a {value.GetType().FullName} cannot be turned into JSON.");
        }
    }

    private static void WriteDictionary(Utf8JsonWriter writer, IDictionary dictionary, int depth)
    {
        writer.WriteStartObject();
        foreach (var entry in Entries(dictionary))
        {
            writer.WritePropertyName(Convert.ToString(Unwrap(entry.Key), CultureInfo.InvariantCulture) ?? "");
            WriteValue(writer, entry.Value, depth + 1);
        }
        writer.WriteEndObject();
    }

    /// <summary>
    /// A plain hashtable's order is its hash order, which .NET randomises per process: sorted by key, the
    /// same hashtable sends the same JSON every time. Ordered dictionaries keep their order.
    /// </summary>
    private static IEnumerable<DictionaryEntry> Entries(IDictionary dictionary)
    {
        var entries = dictionary.Cast<DictionaryEntry>();
        return dictionary is Hashtable
            ? entries.OrderBy(e => Convert.ToString(Unwrap(e.Key), CultureInfo.InvariantCulture), StringComparer.Ordinal)
            : entries;
    }

    private static void WriteProperties(Utf8JsonWriter writer, PSObject custom, int depth)
    {
        writer.WriteStartObject();
        foreach (var property in custom.Properties)
        {
            writer.WritePropertyName(property.Name);
            WriteValue(writer, property.Value, depth + 1);
        }
        writer.WriteEndObject();
    }

    /// <summary>PSObject wrappers off; a PSCustomObject kept as its PSObject (its properties live there), marked.</summary>
    private static object? Unwrap(object? value)
    {
        if (value is not PSObject wrapped) return value;
        return wrapped.BaseObject is PSCustomObject ? new PSCustomObjectMarker(wrapped) : Unwrap(wrapped.BaseObject);
    }

    private sealed record PSCustomObjectMarker(PSObject Value);

    private static object? ToObject(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => ToCustomObject(element),
        JsonValueKind.Array => element.EnumerateArray().Select(ToObject).ToArray(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var whole) ? whole : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static PSObject ToCustomObject(JsonElement element)
    {
        var result = new PSObject();
        foreach (var property in element.EnumerateObject())
        {
            // JSON allows a repeated name; like ConvertFrom-Json, the last one wins.
            result.Properties.Remove(property.Name);
            result.Properties.Add(new PSNoteProperty(property.Name, ToObject(property.Value)));
        }
        return result;
    }
}
