using System;
using System.Buffers.Text;
using System.Globalization;
using CwLogs.Emulator.Validation;

namespace CwLogs.Emulator.Canned;

/// <summary>
/// The synthetic events every canned dataset is made of. Event i is a pure function of i, so no data is stored:
/// timestamp 2026-01-01T00:00:00Z + i ms, ingestion one second later, and an ASCII message of about 70 bytes
/// such as <c>2026-01-01T00:00:00.123Z INFO  [worker-3] request 123 handled in 51 ms</c>, whose level is
/// <c>ERROR</c> (same width) exactly when i % 10 == 7; "ERROR" appears nowhere else.
/// </summary>
internal static class CannedEvents
{
    public const long FirstTimestamp = 1_767_225_600_000; // 2026-01-01T00:00:00Z
    public const long IngestionDelay = 1000;

    /// <summary>Room for any message: the longest (index of 10 digits) is 78 bytes.</summary>
    public const int MaxMessageBytes = 96;

    public static long TimestampOf(long index) => FirstTimestamp + index;

    public static bool IsError(long index) => index % 10 == 7;

    /// <summary>Writes Message(index) as UTF-8 into <paramref name="destination"/> (at least <see cref="MaxMessageBytes"/>) and returns its length.</summary>
    public static int WriteMessage(long index, Span<byte> destination)
    {
        DateTime time = DateTime.UnixEpoch.AddMilliseconds(TimestampOf(index));
        if (!time.TryFormat(destination, out int length, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture))
            throw new ArgumentException("Message buffer too small.", nameof(destination));
        length += Append(destination[length..], IsError(index) ? " ERROR ["u8 : " INFO  ["u8);
        length += Append(destination[length..], "worker-"u8);
        length += Number(destination[length..], index % 8);
        length += Append(destination[length..], "] request "u8);
        length += Number(destination[length..], index);
        length += Append(destination[length..], " handled in "u8);
        length += Number(destination[length..], index * 37 % 1000);
        length += Append(destination[length..], " ms"u8);
        return length;
    }

    /// <summary>The size AWS counts against the 1 MB page cap: message bytes plus the per-event overhead.</summary>
    public static int SizeOf(long index)
    {
        Span<byte> message = stackalloc byte[MaxMessageBytes];
        return WriteMessage(index, message) + EventSize.PerEventOverhead;
    }

    private static int Append(Span<byte> destination, ReadOnlySpan<byte> text)
    {
        text.CopyTo(destination);
        return text.Length;
    }

    private static int Number(Span<byte> destination, long value)
    {
        Utf8Formatter.TryFormat(value, destination, out int written);
        return written;
    }
}
