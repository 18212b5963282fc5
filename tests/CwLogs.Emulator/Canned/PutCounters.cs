using System.Buffers;
using System.Text.Json;
using System.Threading;
using CwLogs.Emulator.Protocol;

namespace CwLogs.Emulator.Canned;

/// <summary>
/// What PutLogEvents received, for the benchmark to check that every event arrived: calls, events (elements of
/// logEvents, counted with a <see cref="Utf8JsonReader"/> without building objects) and request body bytes.
/// </summary>
internal sealed class PutCounters
{
    private long _calls;
    private long _events;
    private long _bytes;

    public long Calls => Interlocked.Read(ref _calls);
    public long Events => Interlocked.Read(ref _events);
    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>Counts one call and returns the number of calls so far (the next sequence token).</summary>
    public long Record(ReadOnlySequence<byte> body)
    {
        int events = CountLogEvents(body);
        Interlocked.Add(ref _events, events);
        Interlocked.Add(ref _bytes, body.Length);
        return Interlocked.Increment(ref _calls);
    }

    public void Reset()
    {
        Interlocked.Exchange(ref _calls, 0);
        Interlocked.Exchange(ref _events, 0);
        Interlocked.Exchange(ref _bytes, 0);
    }

    /// <summary>The number of elements of the top-level logEvents array (0 when absent).</summary>
    internal static int CountLogEvents(ReadOnlySequence<byte> body)
    {
        if (body.IsEmpty) return 0;
        var reader = new Utf8JsonReader(body);
        int count = 0;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                throw Errors.Serialization("The request body must be a JSON object.");
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool isLogEvents = reader.ValueTextEquals("logEvents"u8);
                reader.Read();
                if (!isLogEvents || reader.TokenType != JsonTokenType.StartArray)
                {
                    reader.Skip();
                    continue;
                }
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    count++;
                    reader.Skip(); // the element's contents
                }
            }
        }
        catch (JsonException e)
        {
            throw Errors.Serialization($"Malformed JSON request body: {e.Message}");
        }
        return count;
    }
}
