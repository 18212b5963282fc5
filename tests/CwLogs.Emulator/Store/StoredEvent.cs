using System.Globalization;

namespace CwLogs.Emulator.Store;

/// <summary>An accepted log event. <paramref name="Sequence"/> is global arrival order and breaks timestamp ties.</summary>
internal sealed record StoredEvent(long Timestamp, string Message, long IngestionTime, long Sequence)
{
    /// <summary>The event's place in (timestamp, arrival) order; paging tokens name it.</summary>
    public Paging.EventKey Key => new(Timestamp, Sequence);

    /// <summary>Stable, unique and numeric like AWS's event ids: timestamp then arrival sequence, zero-padded.</summary>
    public string EventId =>
        Timestamp.ToString("D20", CultureInfo.InvariantCulture) + Sequence.ToString("D20", CultureInfo.InvariantCulture);
}
