using System.Collections.Generic;

namespace CwLogs.Emulator.Store;

/// <summary>A cross-account subscription destination (PutDestination); the access policy comes later (PutDestinationPolicy).</summary>
internal sealed record Destination(string Name, string TargetArn, string RoleArn, string? AccessPolicy, long CreationTime, IReadOnlyDictionary<string, string>? Tags);
