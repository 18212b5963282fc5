using System.Collections.Generic;
using CwLogs.Emulator.Store;

namespace CwLogs.Emulator.Insights;

/// <summary>The events of a group whose timestamps fall in [fromMillis, toMillis], both ends included.</summary>
internal static class EventScan
{
    public static IEnumerable<ScannedEvent> InWindow(LogGroup group, long fromMillis, long toMillis)
    {
        foreach (LogStream stream in group.Streams.Values)
            foreach (StoredEvent e in stream.Events)
                if (e.Timestamp >= fromMillis && e.Timestamp <= toMillis) yield return new ScannedEvent(group.Name, stream.Name, e);
    }
}
