namespace CwLogs.Emulator.Store;

/// <summary>A resource policy (PutResourcePolicy): its name, its document as sent, when it was last put.</summary>
internal sealed record ResourcePolicy(string Name, string Document, long LastUpdatedTime);
