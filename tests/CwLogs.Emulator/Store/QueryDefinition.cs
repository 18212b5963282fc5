using System.Collections.Generic;

namespace CwLogs.Emulator.Store;

/// <summary>A saved Logs Insights query (PutQueryDefinition). An update replaces every member.</summary>
internal sealed record QueryDefinition(string Id, string Name, string QueryString, IReadOnlyList<string>? LogGroupNames, long LastModified);
