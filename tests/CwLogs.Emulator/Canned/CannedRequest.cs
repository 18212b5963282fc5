using System;
using System.Buffers;
using System.Globalization;
using System.Text.Json;
using CwLogs.Emulator.Model;
using CwLogs.Emulator.Protocol;

namespace CwLogs.Emulator.Canned;

/// <summary>
/// The few members the canned reads look at, read with a <see cref="Utf8JsonReader"/> (no document is built).
/// Other members are skipped; a body that is not a JSON object is a SerializationException as in normal mode.
/// </summary>
internal sealed class CannedRequest
{
    public const int MaxLimit = 10_000;

    public string? LogGroupName { get; private set; }
    public string? LogGroupIdentifier { get; private set; }
    public string? LogStreamName { get; private set; }
    public string? NextToken { get; private set; }
    public string? FilterPattern { get; private set; }

    /// <summary>Events per page: 1..10,000, 10,000 when not sent (the service's default and maximum).</summary>
    public int Limit { get; private set; } = MaxLimit;

    public static CannedRequest Parse(ReadOnlySequence<byte> body)
    {
        var request = new CannedRequest();
        if (body.IsEmpty) return request; // as "{}"
        var reader = new Utf8JsonReader(body);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                throw Errors.Serialization("The request body must be a JSON object.");
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string name = reader.GetString()!;
                reader.Read();
                request.Read(name, ref reader);
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            throw Errors.Serialization($"Malformed JSON request body: {e.Message}");
        }
        return request;
    }

    private void Read(string name, ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null) return; // null means "not set"
        switch (name)
        {
            case "logGroupName": LogGroupName = reader.GetString(); break;
            case "logGroupIdentifier": LogGroupIdentifier = reader.GetString(); break;
            case "logStreamName": LogStreamName = reader.GetString(); break;
            case "nextToken": NextToken = reader.GetString(); break;
            case "filterPattern": FilterPattern = reader.GetString(); break;
            case "limit":
                Limit = reader.GetInt32();
                string shown = Limit.ToString(CultureInfo.InvariantCulture);
                if (Limit < 1) throw Errors.Constraint("limit", shown, Constraints.MinValue(1));
                if (Limit > MaxLimit) throw Errors.Constraint("limit", shown, Constraints.MaxValue(MaxLimit));
                break;
            default: reader.Skip(); break;
        }
    }
}
