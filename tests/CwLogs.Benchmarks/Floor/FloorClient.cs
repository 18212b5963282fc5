using System.Buffers;
using System.Net.Http.Headers;
using System.Text.Json;

namespace CwLogs.Benchmarks.Floor;

/// <summary>
/// The floor: the same CloudWatch Logs calls as the clients measured, with HttpClient and System.Text.Json only,
/// signed, sequential, reading each response into one reused buffer.
/// </summary>
public sealed class FloorClient : IDisposable
{
    private const string ContentType = "application/x-amz-json-1.1";
    private static readonly MediaTypeHeaderValue ContentTypeHeader = MediaTypeHeaderValue.Parse(ContentType);

    private readonly HttpClient _http = new(new SocketsHttpHandler { UseProxy = false });
    private readonly Uri _endpoint;
    private readonly string _host;
    private readonly SigV4Signer _signer;
    private byte[] _response = new byte[1 << 21];

    public FloorClient(Uri endpoint, SigV4Signer signer)
    {
        _endpoint = endpoint;
        _host = endpoint.Authority;
        _signer = signer;
    }

    /// <summary>Events in the stream, following nextForwardToken until it comes back unchanged.</summary>
    public long ReadStream(string group, string stream)
    {
        long total = 0;
        string? token = null;
        var body = new ArrayBufferWriter<byte>();
        while (true)
        {
            body.ResetWrittenCount();
            using (var w = new Utf8JsonWriter(body))
            {
                w.WriteStartObject();
                w.WriteString("logGroupName", group);
                w.WriteString("logStreamName", stream);
                w.WriteBoolean("startFromHead", true);
                if (token is not null) w.WriteString("nextToken", token);
                w.WriteEndObject();
            }
            var (events, next) = EventCounter.Count(Post("Logs_20140328.GetLogEvents", body.WrittenMemory), "nextForwardToken");
            total += events;
            if (next is null || next == token) return total;
            token = next;
        }
    }

    /// <summary>Events FilterLogEvents returns for the group (and pattern), following nextToken until it is omitted.</summary>
    public long Search(string group, string? pattern)
    {
        long total = 0;
        string? token = null;
        var body = new ArrayBufferWriter<byte>();
        do
        {
            body.ResetWrittenCount();
            using (var w = new Utf8JsonWriter(body))
            {
                w.WriteStartObject();
                w.WriteString("logGroupName", group);
                if (!string.IsNullOrEmpty(pattern)) w.WriteString("filterPattern", pattern);
                if (token is not null) w.WriteString("nextToken", token);
                w.WriteEndObject();
            }
            var (events, next) = EventCounter.Count(Post("Logs_20140328.FilterLogEvents", body.WrittenMemory), "nextToken");
            total += events;
            token = next;
        } while (token is not null);
        return total;
    }

    /// <summary>Sends the messages in PutLogEvents batches of <paramref name="batchSize"/>, one after another.</summary>
    public long Write(string group, string stream, string[] messages, int batchSize)
    {
        var body = new ArrayBufferWriter<byte>(1 << 20);
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        for (int start = 0; start < messages.Length; start += batchSize)
        {
            body.ResetWrittenCount();
            using (var w = new Utf8JsonWriter(body))
            {
                w.WriteStartObject();
                w.WriteString("logGroupName", group);
                w.WriteString("logStreamName", stream);
                w.WriteStartArray("logEvents");
                foreach (var message in messages.AsSpan(start, Math.Min(batchSize, messages.Length - start)))
                {
                    w.WriteStartObject();
                    w.WriteNumber("timestamp", timestamp);
                    w.WriteString("message", message);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            Post("Logs_20140328.PutLogEvents", body.WrittenMemory);
        }
        return messages.Length;
    }

    private ReadOnlySpan<byte> Post(string target, ReadOnlyMemory<byte> body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint);
        request.Headers.TryAddWithoutValidation("X-Amz-Target", target);
        var now = DateTime.UtcNow;
        request.Headers.TryAddWithoutValidation("X-Amz-Date", SigV4Signer.AmzDate(now));
        request.Headers.TryAddWithoutValidation("Authorization", _signer.Authorize(_host, ContentType, target, now, body.Span));
        request.Content = new ReadOnlyMemoryContent(body);
        request.Content.Headers.ContentType = ContentTypeHeader;
        using var response = _http.Send(request, HttpCompletionOption.ResponseHeadersRead);
        using var stream = response.Content.ReadAsStream();
        int length = 0, read;
        while ((read = stream.Read(_response, length, _response.Length - length)) > 0)
        {
            length += read;
            if (length == _response.Length) Array.Resize(ref _response, _response.Length * 2);
        }
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{target}: HTTP {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(_response, 0, Math.Min(length, 500))}");
        return _response.AsSpan(0, length);
    }

    public void Dispose() => _http.Dispose();
}
