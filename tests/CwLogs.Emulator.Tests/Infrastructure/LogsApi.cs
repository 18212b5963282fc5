using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace CwLogs.Emulator.Tests.Infrastructure;

/// <summary>
/// A bare JSON 1.1 client for the emulator: builds the request exactly as the SDKs do
/// (POST /, X-Amz-Target, x-amz-json-1.1, SigV4-shaped Authorization) and returns the raw reply.
/// </summary>
public sealed class LogsApi : IDisposable
{
    public const string Region = "us-east-2";
    private static readonly JsonSerializerOptions BodyOptions = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/x-amz-json-1.1");

    public LogsApi(Uri endpoint)
    {
        Endpoint = endpoint;
        // No pooled-connection reuse problems after DropNext: every test gets fresh connections as needed.
        Http = new HttpClient { BaseAddress = endpoint, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri Endpoint { get; }

    public HttpClient Http { get; }

    /// <summary>Calls an operation with a body serialized from an anonymous object (null members omitted).</summary>
    public Task<ApiResult> CallAsync(string operation, object? body = null, CancellationToken ct = default) =>
        SendAsync(Request("Logs_20140328." + operation, JsonSerializer.Serialize(body ?? new { }, BodyOptions)), ct);

    /// <summary>Asserts HTTP 200 and returns the JSON body.</summary>
    public async Task<JsonNode> OkAsync(string operation, object? body = null)
    {
        ApiResult result = await CallAsync(operation, body);
        Assert.True(result.Status == HttpStatusCode.OK, $"{operation} failed: {(int)result.Status} {result.Raw}");
        return result.Body;
    }

    /// <summary>Follows nextToken until a page has none (capped, so a looping token fails instead of hanging).</summary>
    public async Task<List<JsonNode>> AllPagesAsync(string operation, object request)
    {
        JsonObject body = ToJson(request);
        var pages = new List<JsonNode>();
        string? token;
        do
        {
            JsonNode page = await OkAsync(operation, body);
            pages.Add(page);
            token = (string?)page["nextToken"];
            body["nextToken"] = token;
        }
        while (token is not null && pages.Count < 100);
        Assert.Null(token);
        return pages;
    }

    /// <summary>An anonymous request object as a mutable JSON object (null members omitted).</summary>
    public static JsonObject ToJson(object request) => JsonSerializer.SerializeToNode(request, BodyOptions)!.AsObject();

    /// <summary>Asserts the error shape (status, __type, x-amzn-ErrorType) and returns the result for further checks.</summary>
    public async Task<ApiResult> ErrorAsync(string operation, object? body, string errorType, HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        ApiResult result = await CallAsync(operation, body);
        AssertError(result, errorType, status);
        return result;
    }

    public static void AssertError(ApiResult result, string errorType, HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        Assert.True(result.Status == status, $"expected {(int)status} {errorType}, got {(int)result.Status}: {result.Raw}");
        Assert.Equal(errorType, result.ErrorType);
        Assert.Equal(errorType, result.ErrorTypeHeader);
        Assert.False(string.IsNullOrEmpty(result.Message), "error message missing");
    }

    /// <summary>A request with full control over target, body and Authorization (null = header left out).</summary>
    public HttpRequestMessage Request(string? target, string body, string? authorization = "default", string region = Region)
    {
        DateTime now = DateTime.UtcNow;
        var request = new HttpRequestMessage(HttpMethod.Post, "/")
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)),
        };
        request.Content.Headers.ContentType = JsonContentType;
        if (target is not null) request.Headers.TryAddWithoutValidation("X-Amz-Target", target);
        request.Headers.TryAddWithoutValidation("X-Amz-Date", SigV4Headers.AmzDate(now));
        string? auth = authorization == "default" ? SigV4Headers.Authorization(region, now) : authorization;
        if (auth is not null) request.Headers.TryAddWithoutValidation("Authorization", auth);
        return request;
    }

    public async Task<ApiResult> SendAsync(HttpRequestMessage request, CancellationToken ct = default)
    {
        using (request)
        using (HttpResponseMessage response = await Http.SendAsync(request, ct))
        {
            string raw = await response.Content.ReadAsStringAsync(ct);
            JsonNode? json = raw.Length == 0 ? null : JsonNode.Parse(raw);
            return new ApiResult(
                response.StatusCode,
                response.Content.Headers.ContentType?.MediaType,
                Header(response, "x-amzn-RequestId"),
                Header(response, "x-amzn-ErrorType"),
                raw,
                json);
        }
    }

    public void Dispose() => Http.Dispose();

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
