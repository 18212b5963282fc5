using System;
using System.Buffers;
using System.Globalization;
using System.Text.Json;
using CwLogs.Emulator.Protocol;

namespace CwLogs.Emulator.Canned;

/// <summary>
/// GetLogEvents on stream <c>events-N</c>: pages read forward from the head (without a token, whatever
/// startFromHead says), tokens are "f/" or "b/" and the event index as 36 digits. Past the end the token
/// asked with comes back unchanged with no events, as AWS signals the end of a stream.
/// </summary>
internal sealed class StreamPages
{
    private const int TokenDigits = 36;
    private readonly PageCache<(int Count, int From, int Limit)> _pages = new();

    public byte[] Get(CannedRequest request)
    {
        if (!CannedDatasets.TryParseStream(request.LogStreamName, out int count)) throw Errors.StreamNotFound();
        int from = request.NextToken is null ? 0 : ParseForwardToken(request.NextToken);
        return _pages.GetOrBuild((count, from, request.Limit), Build);
    }

    private static byte[] Build((int Count, int From, int Limit) key)
    {
        PagePlan plan = PagePlan.Forward(key.Count, key.From, key.Limit, matches: null);
        var buffer = new ArrayBufferWriter<byte>(plan.Indexes.Count * 128 + 256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            Span<byte> message = stackalloc byte[CannedEvents.MaxMessageBytes];
            json.WriteStartObject();
            json.WriteStartArray("events");
            foreach (int index in plan.Indexes)
            {
                long timestamp = CannedEvents.TimestampOf(index);
                json.WriteStartObject();
                json.WriteNumber("timestamp", timestamp);
                json.WriteString("message", message[..CannedEvents.WriteMessage(index, message)]);
                json.WriteNumber("ingestionTime", timestamp + CannedEvents.IngestionDelay);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            // At the end (or past it) Next stays where the request started: the same token comes back.
            json.WriteString("nextForwardToken", Token('f', Math.Max(plan.Next, key.From)));
            json.WriteString("nextBackwardToken", Token('b', key.From));
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static string Token(char direction, int index) =>
        direction + "/" + index.ToString("D" + TokenDigits, CultureInfo.InvariantCulture);

    private static int ParseForwardToken(string token)
    {
        if (token.StartsWith("b/", StringComparison.Ordinal))
            throw Errors.InvalidParameter("The canned emulator reads streams forward only: follow nextForwardToken.");
        if (!token.StartsWith("f/", StringComparison.Ordinal) || token.Length != 2 + TokenDigits
            || !int.TryParse(token.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out int index))
        {
            throw Errors.InvalidNextToken();
        }
        return index;
    }
}
