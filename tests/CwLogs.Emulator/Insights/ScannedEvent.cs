using CwLogs.Emulator.Store;

namespace CwLogs.Emulator.Insights;

/// <summary>A stored event with the group and stream it lives in: what a query or a field census reads.</summary>
internal sealed record ScannedEvent(string GroupName, string StreamName, StoredEvent Event);
