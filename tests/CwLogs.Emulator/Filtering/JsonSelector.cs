using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace CwLogs.Emulator.Filtering;

/// <summary>A property path such as <c>$.user.roles[0]</c>, resolved against a parsed message.</summary>
internal sealed class JsonSelector
{
    private readonly List<object> _segments; // string = property, int = array index

    private JsonSelector(string text, List<object> segments)
    {
        Text = text;
        _segments = segments;
    }

    public string Text { get; }

    public static JsonSelector Parse(string text)
    {
        var segments = new List<object>();
        int i = 1; // skip '$'
        while (i < text.Length)
        {
            if (text[i] == '.')
            {
                int start = ++i;
                while (i < text.Length && text[i] != '.' && text[i] != '[') i++;
                if (i == start) throw FilterPattern.Invalid($"empty property name in selector '{text}'.");
                segments.Add(text.Substring(start, i - start));
            }
            else if (text[i] == '[')
            {
                int close = text.IndexOf(']', i);
                if (close < 0 || !int.TryParse(text.AsSpan(i + 1, close - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out int index))
                    throw FilterPattern.Invalid($"bad array index in selector '{text}'.");
                segments.Add(index);
                i = close + 1;
            }
            else
            {
                throw FilterPattern.Invalid($"bad selector '{text}'.");
            }
        }
        if (segments.Count == 0) throw FilterPattern.Invalid("a selector must name a property, e.g. $.level.");
        return new JsonSelector(text, segments);
    }

    public bool TryResolve(JsonElement root, out JsonElement value)
    {
        value = root;
        foreach (object segment in _segments)
        {
            if (segment is string name)
            {
                if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty(name, out value)) return false;
            }
            else
            {
                int index = (int)segment;
                if (value.ValueKind != JsonValueKind.Array || index >= value.GetArrayLength()) return false;
                value = value[index];
            }
        }
        return true;
    }
}
