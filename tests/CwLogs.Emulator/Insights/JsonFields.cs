using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace CwLogs.Emulator.Insights;

/// <summary>
/// The fields Logs Insights discovers in a JSON message: every scalar, named by its path
/// (<c>a.b</c> for nested objects, <c>a.0</c> for array elements). JSON null values are left out.
/// </summary>
internal static class JsonFields
{
    public static void AddTo(OrderedDictionary<string, string> fields, string message)
    {
        string trimmed = message.TrimStart();
        if (trimmed.Length == 0 || trimmed[0] != '{') return;
        try
        {
            using JsonDocument document = JsonDocument.Parse(message);
            Add(fields, document.RootElement, prefix: null);
        }
        catch (JsonException)
        {
            // Not JSON after all: the message is plain text with no discovered fields.
        }
    }

    private static void Add(OrderedDictionary<string, string> fields, JsonElement element, string? prefix)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (JsonProperty property in element.EnumerateObject())
                    Add(fields, property.Value, prefix is null ? property.Name : prefix + "." + property.Name);
                break;
            case JsonValueKind.Array:
                int index = 0;
                foreach (JsonElement item in element.EnumerateArray())
                    Add(fields, item, (prefix ?? string.Empty) + "." + (index++).ToString(CultureInfo.InvariantCulture));
                break;
            case JsonValueKind.String:
                Set(fields, prefix, element.GetString()!);
                break;
            case JsonValueKind.Number:
                Set(fields, prefix, element.GetRawText());
                break;
            case JsonValueKind.True:
            case JsonValueKind.False:
                Set(fields, prefix, element.ValueKind == JsonValueKind.True ? "true" : "false");
                break;
        }
    }

    // Discovered fields never replace the @ fields CloudWatch generates.
    private static void Set(OrderedDictionary<string, string> fields, string? name, string value)
    {
        if (name is null || name.StartsWith('@')) return;
        fields[name] = value;
    }
}
