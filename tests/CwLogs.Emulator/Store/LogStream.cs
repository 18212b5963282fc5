using System.Collections.Generic;
using System.Globalization;

namespace CwLogs.Emulator.Store;

/// <summary>A log stream and its events, kept sorted by (timestamp, arrival) as AWS returns them.</summary>
internal sealed class LogStream
{
    private static readonly IComparer<StoredEvent> ByTime = Comparer<StoredEvent>.Create(
        (a, b) => a.Timestamp != b.Timestamp ? a.Timestamp.CompareTo(b.Timestamp) : a.Sequence.CompareTo(b.Sequence));

    private readonly List<StoredEvent> _events = new();
    private long _uploads;

    public LogStream(string name, long creationTime)
    {
        Name = name;
        CreationTime = creationTime;
    }

    public string Name { get; }
    public long CreationTime { get; }
    public IReadOnlyList<StoredEvent> Events => _events;
    public long? FirstEventTimestamp => _events.Count == 0 ? null : _events[0].Timestamp;
    public long? LastEventTimestamp => _events.Count == 0 ? null : _events[^1].Timestamp;
    public long? LastIngestionTime { get; private set; }

    /// <summary>Sequence tokens are ignored by AWS now, but still returned; this one just counts uploads.</summary>
    public string UploadSequenceToken => (_uploads + 1).ToString("D56", CultureInfo.InvariantCulture);

    public long StoredBytes { get; private set; }

    /// <summary>Adds a chronological batch; merges when it lands before events already stored.</summary>
    public void Append(IReadOnlyList<StoredEvent> batch, long ingestionTime)
    {
        _uploads++;
        if (batch.Count == 0) return;
        bool inOrder = _events.Count == 0 || ByTime.Compare(_events[^1], batch[0]) <= 0;
        _events.AddRange(batch);
        if (!inOrder) _events.Sort(ByTime);
        foreach (StoredEvent e in batch) StoredBytes += System.Text.Encoding.UTF8.GetByteCount(e.Message);
        LastIngestionTime = ingestionTime;
    }
}
