using System.Text.Json;

namespace CwLogs.Benchmarks.Floor;

/// <summary>
/// Reads a GetLogEvents / FilterLogEvents response without building objects: counts the elements of "events"
/// and returns the one token the next request needs.
/// </summary>
public static class EventCounter
{
    public static (int Events, string? Token) Count(ReadOnlySpan<byte> json, string tokenProperty)
    {
        var reader = new Utf8JsonReader(json, isFinalBlock: true, state: default);
        int events = 0;
        string? token = null;
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 1) continue;
            if (reader.ValueTextEquals("events"))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.StartArray) continue;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    events++;
                    reader.Skip();
                }
            }
            else if (reader.ValueTextEquals(tokenProperty))
            {
                reader.Read();
                token = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
        }
        return (events, token);
    }
}
