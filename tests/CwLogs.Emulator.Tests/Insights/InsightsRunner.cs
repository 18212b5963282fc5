using System.Collections.Generic;
using System.Linq;
using CwLogs.Emulator.Insights;
using CwLogs.Emulator.Store;

namespace CwLogs.Emulator.Tests.Insights;

/// <summary>Compiles and runs a query over in-memory events (group "g", stream "s"), rows as field → value maps.</summary>
internal static class InsightsRunner
{
    public const long Start = 1_700_000_000_000; // 2023-11-14 22:13:20 UTC

    public static QueryOutcome Outcome(string query, IEnumerable<string> messages, int requestLimit = 1000)
    {
        List<ScannedEvent> events = messages
            .Select((m, i) => new ScannedEvent("g", "s", new StoredEvent(Start + i * 1000, m, Start + i * 1000 + 5, i + 1)))
            .ToList();
        return QueryParser.Parse(query).Run(events, "123456789012", requestLimit);
    }

    public static List<Dictionary<string, string>> Rows(string query, params string[] messages) =>
        Outcome(query, messages).Rows.Select(r => r.ToDictionary(f => f.Field, f => f.Value)).ToList();

    /// <summary>One field of every row ("" when the row lacks it).</summary>
    public static string[] Column(string query, string field, params string[] messages) =>
        Rows(query, messages).Select(r => r.GetValueOrDefault(field, "")).ToArray();
}
