using System.Buffers;

namespace CwLogs.Client.Protocol;

/// <summary>
/// A response body read into a buffer rented from the shared pool. A page of log events is over 1 MB: a fresh array
/// for each (and the copies of a growing MemoryStream) would land on the large object heap and cost a full garbage
/// collection every few pages, stalling the pipeline thread.
/// </summary>
internal sealed class PooledBody : IDisposable
{
    private const int FirstBufferBytes = 64 * 1024;
    private byte[] _buffer;
    private int _length;

    private PooledBody(int capacity) => _buffer = ArrayPool<byte>.Shared.Rent(capacity);

    public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, _length);

    /// <param name="lengthHint">The Content-Length, when the response has one: the buffer is rented at that size.</param>
    public static PooledBody Read(Stream? stream, long lengthHint)
    {
        var body = new PooledBody(lengthHint is > 0 and < int.MaxValue ? (int)lengthHint + 1 : FirstBufferBytes);
        if (stream is null) return body;
        try
        {
            int read;
            while ((read = stream.Read(body._buffer, body._length, body._buffer.Length - body._length)) > 0)
            {
                body._length += read;
                if (body._length == body._buffer.Length) body.Grow();
            }
            return body;
        }
        catch
        {
            body.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        var buffer = Interlocked.Exchange(ref _buffer, Array.Empty<byte>());
        if (buffer.Length > 0) ArrayPool<byte>.Shared.Return(buffer);
        _length = 0;
    }

    private void Grow()
    {
        var larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
        _buffer.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
