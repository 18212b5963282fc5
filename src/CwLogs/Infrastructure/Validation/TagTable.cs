using System.Collections;

namespace CwLogs.Infrastructure.Validation;

/// <summary>A -Tag hashtable: checked before any call, sent as the service's tag map.</summary>
public static class TagTable
{
    /// <summary>A message when an entry has an empty key or a null value; null when every entry is fine.</summary>
    public static string? Problem(IDictionary? tags)
    {
        if (tags is null) return null;
        foreach (DictionaryEntry entry in tags)
        {
            if (string.IsNullOrEmpty(entry.Key?.ToString()) || entry.Value is null)
                return "Every -Tag entry needs a non-empty key and a value.";
        }
        return null;
    }

    /// <summary>The service refuses an empty tag map: @{} means no tags.</summary>
    public static Dictionary<string, string>? ToMap(IDictionary? tags)
        => tags is { Count: > 0 } ? tags.Cast<DictionaryEntry>().ToDictionary(e => e.Key.ToString()!, e => e.Value?.ToString() ?? "") : null;
}
