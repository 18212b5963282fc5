using System;
using System.Collections.Generic;

namespace CwLogs.Emulator;

/// <summary>Every call the emulator received, in arrival order, including faulted and rejected ones.</summary>
public sealed class RequestJournal
{
    private readonly object _gate = new();
    private readonly List<JournalEntry> _entries = new();

    /// <summary>A snapshot: later calls do not change a list already returned.</summary>
    public IReadOnlyList<JournalEntry> Entries
    {
        get { lock (_gate) return _entries.ToArray(); }
    }

    public int Count(string operation)
    {
        lock (_gate)
        {
            int count = 0;
            foreach (JournalEntry entry in _entries)
            {
                if (string.Equals(entry.Operation, operation, StringComparison.Ordinal)) count++;
            }
            return count;
        }
    }

    public void Clear()
    {
        lock (_gate) _entries.Clear();
    }

    internal void Add(JournalEntry entry)
    {
        lock (_gate) _entries.Add(entry);
    }
}
