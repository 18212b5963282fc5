using System.Text.Json.Nodes;

namespace CwLogs.Generator.Import;

/// <summary>Removes the documentation prose from a service model, keeping only the facts.</summary>
internal static class Documentation
{
    private static readonly string[] ProseKeys = { "documentation", "documentationUrl", "deprecatedMessage" };

    // Keys whose object values are maps from a name to a definition: the names are data, never prose.
    private static readonly HashSet<string> NameMaps = new(StringComparer.Ordinal) { "operations", "shapes", "members", "pagination" };

    public static void Strip(JsonNode? node) => Strip(node, isNameMap: false);

    private static void Strip(JsonNode? node, bool isNameMap)
    {
        switch (node)
        {
            case JsonObject obj:
                if (!isNameMap)
                {
                    foreach (var key in ProseKeys) obj.Remove(key);
                }
                foreach (var (key, value) in obj.ToList())
                {
                    Strip(value, isNameMap: !isNameMap && NameMaps.Contains(key));
                }
                break;
            case JsonArray array:
                foreach (var item in array) Strip(item, isNameMap: false);
                break;
        }
    }
}
