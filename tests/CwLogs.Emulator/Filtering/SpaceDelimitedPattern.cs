using System.Collections.Generic;
using System.Globalization;

namespace CwLogs.Emulator.Filtering;

/// <summary>
/// Space-delimited patterns such as <c>[ip, user, ..., status_code = 4*, bytes &gt; 1000]</c>.
/// Each entry stands for one field of the message (see <see cref="DelimitedFields"/>), in order;
/// "..." stands for any number of fields. Without "..." the message must have exactly as many fields
/// as the pattern has entries. A match extracts "$name" for named fields and "$N" (1-based position)
/// for unnamed fields and those covered by "...".
/// </summary>
internal sealed class SpaceDelimitedPattern : IMessagePattern
{
    private readonly IReadOnlyList<DelimitedEntry> _entries;

    public SpaceDelimitedPattern(IReadOnlyList<DelimitedEntry> entries) => _entries = entries;

    public static SpaceDelimitedPattern Parse(string text) => new(SpaceDelimitedParser.ParseEntries(text));

    public bool Matches(string message) => Match(message).IsMatch;

    public PatternMatch Match(string message)
    {
        List<string> fields = DelimitedFields.Split(message);
        var owners = new DelimitedEntry?[fields.Count]; // null = covered by "..."
        if (!Align(fields, 0, 0, owners)) return PatternMatch.None;

        var values = new Dictionary<string, string>(fields.Count, System.StringComparer.Ordinal);
        for (int i = 0; i < fields.Count; i++)
        {
            string key = owners[i]?.Name is string name ? "$" + name : "$" + (i + 1).ToString(CultureInfo.InvariantCulture);
            values.TryAdd(key, fields[i]);
        }
        return PatternMatch.With(values);
    }

    /// <summary>Tries every way the "..." entries can divide the fields (fewest fields first).</summary>
    private bool Align(List<string> fields, int entry, int field, DelimitedEntry?[] owners)
    {
        if (entry == _entries.Count) return field == fields.Count;
        DelimitedEntry current = _entries[entry];
        if (current.IsEllipsis)
        {
            for (int end = field; end <= fields.Count; end++)
            {
                if (Align(fields, entry + 1, end, owners))
                {
                    for (int i = field; i < end; i++) owners[i] = null;
                    return true;
                }
            }
            return false;
        }
        if (field == fields.Count || !current.Accepts(fields[field])) return false;
        owners[field] = current;
        return Align(fields, entry + 1, field + 1, owners);
    }
}

/// <summary>One comma-separated entry of a space-delimited pattern: "...", an unnamed field, or a named field with optional conditions.</summary>
internal sealed class DelimitedEntry
{
    public static readonly DelimitedEntry Ellipsis = new(null, null, isEllipsis: true);

    public static readonly DelimitedEntry Unnamed = new(null, null, isEllipsis: false);

    public DelimitedEntry(string? name, FieldCondition? condition, bool isEllipsis = false)
    {
        Name = name;
        Condition = condition;
        IsEllipsis = isEllipsis;
    }

    public string? Name { get; }

    public FieldCondition? Condition { get; }

    public bool IsEllipsis { get; }

    public bool Accepts(string value) => Condition?.Holds(value) ?? true;
}
