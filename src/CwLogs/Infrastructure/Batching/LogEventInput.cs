using System.Collections;
using System.Globalization;
using System.Management.Automation;

namespace CwLogs.Infrastructure.Batching;

/// <summary>
/// Reads one item given to Write-CwLogEvent (piped, or in -Message). Scalars (strings, numbers, dates, ...) are the
/// message as text; any other object gives its Message and Timestamp, as a property or as a dictionary key.
/// </summary>
internal readonly record struct LogEventInput(string Message, object? Timestamp)
{
    /// <summary>The item's message and timestamp (null when it has none); false, with why, for an object with no message.</summary>
    public static bool TryRead(object? item, out LogEventInput input, out string? problem)
    {
        problem = null;
        var value = item is PSObject wrapped ? wrapped.BaseObject : item;
        if (value is null || IsScalar(value))
        {
            input = new LogEventInput(Text(value), null);
            return true;
        }
        if (value is IDictionary dictionary)
        {
            var keys = dictionary.Keys.Cast<object>().Select(k => k?.ToString() ?? "").ToList();
            if (Key(dictionary, keys, "Message") is { } key)
            {
                input = new LogEventInput(Text(dictionary[key]), Key(dictionary, keys, "Timestamp") is { } time ? dictionary[time] : null);
                return true;
            }
            problem = $"The input has no Message key; its keys are {List(keys)}. Give each event a Message (and, if you like, a Timestamp), or pipe strings.";
        }
        else
        {
            var properties = PSObject.AsPSObject(item!).Properties;
            if (properties["Message"] is { } message)
            {
                input = new LogEventInput(Text(message.Value), properties["Timestamp"]?.Value);
                return true;
            }
            var names = properties.Select(p => p.Name).ToList();
            problem = $"The input has no Message property; its properties are {List(names)}. Give each event a Message (and, if you like, a Timestamp), or pipe strings.";
        }
        input = default;
        return false;
    }

    private static bool IsScalar(object value)
        => value is string or char or bool or Enum or DateTime or DateTimeOffset or TimeSpan or Guid or Uri
           || value.GetType().IsPrimitive || value is decimal or System.Numerics.BigInteger;

    // PowerShell's own conversion: invariant culture for numbers and dates, $OFS between the items of an array.
    private static string Text(object? value)
        => value is null ? "" : LanguagePrimitives.ConvertTo<string>(value) ?? "";

    private static object? Key(IDictionary dictionary, List<string> keys, string name)
    {
        var index = keys.FindIndex(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? null : dictionary.Keys.Cast<object>().ElementAt(index);
    }

    private static string List(List<string> names)
        => names.Count == 0 ? "none" : string.Join(", ", names.Take(10)) + (names.Count > 10 ? string.Create(CultureInfo.InvariantCulture, $" and {names.Count - 10} more") : "");
}
