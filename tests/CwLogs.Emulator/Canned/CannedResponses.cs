using System.Text.Json;
using System.Threading.Tasks;
using CwLogs.Emulator.Protocol;
using Microsoft.AspNetCore.Http;

namespace CwLogs.Emulator.Canned;

/// <summary>Writes ready bytes as a JSON 1.1 reply: status, content type, Content-Length and the body, nothing else.</summary>
internal static class CannedResponses
{
    private const string ContentType = "application/x-amz-json-1.1";

    public static Task WriteAsync(HttpContext context, byte[] body, int status = StatusCodes.Status200OK, string contentType = ContentType)
    {
        HttpResponse response = context.Response;
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }

    /// <summary>An AWS error as the faithful emulator sends it: <c>{"__type","message"}</c> plus x-amzn-ErrorType.</summary>
    public static Task WriteErrorAsync(HttpContext context, ServiceException error)
    {
        context.Response.Headers["x-amzn-ErrorType"] = error.ErrorType;
        return WriteAsync(context, ErrorBody(error), error.StatusCode);
    }

    private static byte[] ErrorBody(ServiceException error)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("__type", error.ErrorType);
            json.WriteString("message", error.Message);
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }
}
