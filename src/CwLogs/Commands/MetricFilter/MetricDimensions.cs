using System.Collections;
using System.Globalization;

namespace CwLogs.Commands;

/// <summary>
/// -Dimensions as the API's map: string keys and values, at most 3 (the service's limit per metric filter).
/// Problems are returned as a message so the cmdlet refuses the input before any call.
/// </summary>
internal static class MetricDimensions
{
    public const int MaxCount = 3;

    public static Dictionary<string, string>? From(IDictionary? table, out string? problem)
    {
        problem = null;
        if (table is null || table.Count == 0) return null; // an empty hashtable sends nothing
        if (table.Count > MaxCount)
        {
            problem = $"-Dimensions has {table.Count} entries; a metric filter can have at most {MaxCount}.";
            return null;
        }
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in table)
        {
            string key = Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "";
            string value = Convert.ToString(entry.Value, CultureInfo.InvariantCulture) ?? "";
            if (key.Length == 0 || value.Length == 0)
            {
                problem = $"-Dimensions: every dimension needs a name and a value (a field such as '$user'); got '{key}' = '{value}'.";
                return null;
            }
            map[key] = value;
        }
        return map;
    }
}
