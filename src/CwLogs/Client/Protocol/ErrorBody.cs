using System.Text.Json;

namespace CwLogs.Client.Protocol;

/// <summary>The code and message of a JSON 1.1 error response.</summary>
internal readonly record struct ErrorBody(string Code, string Message)
{
    /// <summary>
    /// Reads "__type" (or the x-amzn-ErrorType header) and "message"/"Message". Codes may arrive
    /// namespaced ("com.amazonaws.logs#ResourceNotFoundException") or with a ":..." suffix.
    /// </summary>
    public static ErrorBody Parse(ReadOnlySpan<byte> body, string? headerType)
    {
        string? code = null, message = null;
        if (!body.IsEmpty)
        {
            try
            {
                using var doc = JsonDocument.Parse(body.ToArray());
                if (doc.RootElement.ValueKind == JsonValueKind.Object)
                {
                    foreach (var property in doc.RootElement.EnumerateObject())
                    {
                        if (property.Value.ValueKind != JsonValueKind.String) continue;
                        if (property.NameEquals("__type") || property.NameEquals("code")) code ??= property.Value.GetString();
                        else if (property.Name.Equals("message", StringComparison.OrdinalIgnoreCase)) message ??= property.Value.GetString();
                    }
                }
            }
            catch (JsonException)
            {
                // Not JSON (e.g. a proxy's HTML page): fall back to the header and a generic message.
            }
        }
        code = Normalize(headerType) ?? Normalize(code) ?? "UnknownError";
        return new ErrorBody(code, message ?? "The service returned an error without a message.");
    }

    private static string? Normalize(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        var value = code!;
        var colon = value.IndexOf(':');
        if (colon >= 0) value = value.Substring(0, colon);
        var hash = value.LastIndexOf('#');
        if (hash >= 0) value = value.Substring(hash + 1);
        return value.Trim();
    }
}
