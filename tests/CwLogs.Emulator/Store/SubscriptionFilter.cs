namespace CwLogs.Emulator.Store;

/// <summary>A subscription filter: matching events would be delivered to the destination (the emulator only keeps the settings).</summary>
internal sealed record SubscriptionFilter(
    string Name,
    string Pattern,
    string DestinationArn,
    string? RoleArn,
    string Distribution,
    long CreationTime);
