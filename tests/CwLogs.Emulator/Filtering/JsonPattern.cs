using System.Text.Json;

namespace CwLogs.Emulator.Filtering;

/// <summary>
/// JSON filter patterns such as <c>{ $.level = "ERROR" }</c> or <c>{ ($.n &gt; 5) &amp;&amp; ($.user.id = "a*") }</c>.
/// Only messages that parse as JSON can match.
/// </summary>
internal sealed class JsonPattern : IMessagePattern
{
    private readonly JsonCondition _condition;

    private JsonPattern(JsonCondition condition) => _condition = condition;

    public static JsonPattern Parse(string text) => new(new JsonPatternParser(text).ParsePattern());

    public bool Matches(string message)
    {
        // Cheap reject before paying for a parse: JSON documents start with { or [.
        string trimmed = message.TrimStart();
        if (trimmed.Length == 0 || (trimmed[0] != '{' && trimmed[0] != '[')) return false;
        try
        {
            using JsonDocument document = JsonDocument.Parse(message);
            return _condition.Evaluate(document.RootElement);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
