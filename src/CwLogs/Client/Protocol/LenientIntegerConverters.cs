using System.Text.Json;
using System.Text.Json.Serialization;

namespace CwLogs.Client.Protocol;

/// <summary>
/// Integer fields (times in epoch milliseconds, counts, sizes) read leniently: some CloudWatch Logs endpoints,
/// e.g. moto, write them with a fraction (createTime 1796393459612.708). The fraction is dropped (towards zero,
/// as the service's own integers are whole milliseconds); anything that is not a number is still an error.
/// Written as plain integers. The generated JSON context uses these for every long and int.
/// </summary>
public sealed class LenientInt64Converter : JsonConverter<long>
{
    public override long Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number) throw new JsonException($"Expected a number, found {Describe(reader.TokenType)}.");
        if (reader.TryGetInt64(out var whole)) return whole;
        var value = reader.GetDouble();
        if (double.IsNaN(value) || value >= 9.2233720368547758E18 || value <= -9.2233720368547758E18)
            throw new JsonException($"The number {value} does not fit a 64-bit integer.");
        return (long)Math.Truncate(value);
    }

    public override void Write(Utf8JsonWriter writer, long value, JsonSerializerOptions options) => writer.WriteNumberValue(value);

    internal static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.String => "a string",
        JsonTokenType.True or JsonTokenType.False => "true or false",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => token.ToString(),
    };
}

/// <inheritdoc cref="LenientInt64Converter"/>
public sealed class LenientInt32Converter : JsonConverter<int>
{
    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number) throw new JsonException($"Expected a number, found {LenientInt64Converter.Describe(reader.TokenType)}.");
        if (reader.TryGetInt32(out var whole)) return whole;
        var value = reader.GetDouble();
        if (double.IsNaN(value) || value >= 2147483648.0 || value <= -2147483649.0)
            throw new JsonException($"The number {value} does not fit a 32-bit integer.");
        return (int)Math.Truncate(value);
    }

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}
