using System.Net;
using System.Text.Json.Nodes;

namespace CwLogs.Emulator.Tests.Infrastructure;

/// <summary>What one HTTP call to the emulator returned.</summary>
public sealed record ApiResult(
    HttpStatusCode Status,
    string? ContentType,
    string? RequestId,
    string? ErrorTypeHeader,
    string Raw,
    JsonNode? Json)
{
    /// <summary>The <c>__type</c> of an error body.</summary>
    public string? ErrorType => Json?["__type"]?.GetValue<string>();

    public string? Message => Json?["message"]?.GetValue<string>();

    public JsonNode Body => Json ?? throw new System.InvalidOperationException($"Response had no JSON body: '{Raw}'");
}
