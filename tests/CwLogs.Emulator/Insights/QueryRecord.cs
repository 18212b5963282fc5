using System.Collections.Generic;

namespace CwLogs.Emulator.Insights;

/// <summary>
/// One row flowing through a query: its fields in discovery order, and the pointer of the event it came from
/// (null for rows made by <c>stats</c>, which have no single event behind them).
/// </summary>
internal sealed class QueryRecord
{
    public QueryRecord(OrderedDictionary<string, string> fields, string? pointer)
    {
        Fields = fields;
        Pointer = pointer;
    }

    public OrderedDictionary<string, string> Fields { get; }

    /// <summary>The <c>@ptr</c> value: a <see cref="LogRecordPointer"/> GetLogRecord accepts.</summary>
    public string? Pointer { get; }

    public string? Get(string field) => Fields.TryGetValue(field, out string? value) ? value : null;
}
