using System.Globalization;
using System.Management.Automation;
using CwLogs.Infrastructure.Time;

namespace CwLogs.Model;

/// <summary>
/// Turns the text fields of query rows and log records into objects with one property per field, in field
/// order: times become DateTimeOffset (local offset), whole-text numbers become long or double, the rest stays text.
/// </summary>
public static class QueryValues
{
    public const string RowTypeName = "CwLogs.Model.QueryResultRow";
    public const string RecordTypeName = "CwLogs.Model.LogRecord";

    // How query results print @timestamp and @ingestionTime: UTC, milliseconds.
    private const string ResultTimeFormat = "yyyy-MM-dd HH:mm:ss.fff";

    public static PSObject ToObject(IEnumerable<KeyValuePair<string, string?>> fields, string typeName)
    {
        var row = new PSObject();
        row.TypeNames.Insert(0, typeName);
        foreach (var (name, text) in fields)
        {
            // Property names are case-insensitive; a second "Level" next to "level" keeps its value under another name.
            var property = name;
            for (var n = 2; row.Properties[property] is not null; n++) property = $"{name} ({n})";
            row.Properties.Add(new PSNoteProperty(property, Convert(name, text)));
        }
        return row;
    }

    /// <summary>The typed value of one field; generated fields other than the times (@message, @ptr, @log ...) stay text.</summary>
    public static object? Convert(string field, string? text)
    {
        if (text is null) return null;
        // Tagged so that tables and Export-Csv show the milliseconds (OutputTimeText).
        if (field is "@timestamp" or "@ingestionTime") return OutputTimeText.Wrap(Time(text)) ?? text;
        if (field.StartsWith('@')) return text;
        return Number(text) ?? text;
    }

    private static DateTimeOffset? Time(string text)
    {
        if (DateTime.TryParseExact(text, ResultTimeFormat, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc))
            return TimeOutput.FromEpochMilliseconds(new DateTimeOffset(utc, TimeSpan.Zero).ToUnixTimeMilliseconds());
        // GetLogRecord gives epoch milliseconds.
        if (text.Length > 0 && text.All(char.IsAsciiDigit) && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var ms))
            return TimeOutput.FromEpochMilliseconds(ms);
        return null;
    }

    /// <summary>long or double when the whole text is a number; text with leading zeros (an id such as 007) stays text.</summary>
    private static object? Number(string text)
    {
        if (text.Length == 0 || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])) return null;
        var digits = text.TrimStart('-');
        if (digits.Length > 1 && digits[0] == '0' && digits[1] != '.') return null;
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)) return whole;
        if (digits.All(char.IsAsciiDigit)) return null; // an integer too big for long: keep every digit
        const NumberStyles real = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
        if (double.TryParse(text, real, CultureInfo.InvariantCulture, out var fraction) && double.IsFinite(fraction)) return fraction;
        return null;
    }
}
