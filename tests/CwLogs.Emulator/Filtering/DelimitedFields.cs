using System.Collections.Generic;

namespace CwLogs.Emulator.Filtering;

/// <summary>
/// Splits a message the way space-delimited patterns see it: fields are separated by runs of
/// whitespace, and a field that starts with '"' or '[' runs to the matching '"' or ']' (spaces
/// included); the field's value is then what lies between them.
/// </summary>
internal static class DelimitedFields
{
    public static List<string> Split(string message)
    {
        var fields = new List<string>();
        int i = 0;
        while (true)
        {
            while (i < message.Length && char.IsWhiteSpace(message[i])) i++;
            if (i >= message.Length) return fields;

            char closer = message[i] switch { '"' => '"', '[' => ']', _ => '\0' };
            int close = closer == '\0' ? -1 : message.IndexOf(closer, i + 1);
            if (close >= 0)
            {
                fields.Add(message.Substring(i + 1, close - i - 1));
                i = close + 1;
                continue;
            }
            // A plain word (or an opening quote/bracket that is never closed).
            int start = i;
            while (i < message.Length && !char.IsWhiteSpace(message[i])) i++;
            fields.Add(message.Substring(start, i - start));
        }
    }
}
