using System;
using System.Collections.Generic;

namespace CwLogs.Emulator.Insights;

/// <summary>
/// One row flowing through a query: its fields in discovery order (the generated <c>@</c> fields, those of a JSON
/// message, then those set by <c>parse</c>), and the pointer of the event it came from (none for rows made by
/// <c>stats</c>). Fields are worked out when first read, so a query pays only for the fields it uses.
/// </summary>
internal sealed class QueryRecord
{
    private readonly ScannedEvent? _event;
    private readonly string _accountId = string.Empty;
    private OrderedDictionary<string, string>? _extra; // discovered and parsed fields; null until first needed

    /// <summary>A record read from a stored event.</summary>
    public QueryRecord(ScannedEvent scanned, string accountId)
    {
        _event = scanned;
        _accountId = accountId;
    }

    /// <summary>A record made from given fields (a <c>stats</c> row), with no event behind it.</summary>
    public QueryRecord(OrderedDictionary<string, string> fields) => _extra = fields;

    /// <summary>The <c>@ptr</c> value: a <see cref="LogRecordPointer"/> GetLogRecord accepts.</summary>
    public string? Pointer => _event is null ? null : LogRecordPointer.For(_event);

    /// <summary>Every field name, in order.</summary>
    public IEnumerable<string> Names
    {
        get
        {
            OrderedDictionary<string, string> extra = Extra();
            if (_event is not null)
                foreach (string name in EventFields.GeneratedNames) yield return name;
            foreach (string name in extra.Keys)
                if (_event is null || Array.IndexOf(EventFields.GeneratedNames, name) < 0) yield return name;
        }
    }

    public string? Get(string field)
    {
        // A parse may have replaced a generated field; otherwise those need no JSON parsing.
        if (_extra is not null && _extra.TryGetValue(field, out string? set)) return set;
        if (_event is not null && EventFields.Generated(_event, _accountId, field, resultTimes: true) is string generated) return generated;
        return Extra().TryGetValue(field, out string? value) ? value : null;
    }

    public void Set(string field, string value) => Extra()[field] = value;

    private OrderedDictionary<string, string> Extra()
    {
        if (_extra is null)
        {
            _extra = new OrderedDictionary<string, string>(StringComparer.Ordinal);
            JsonFields.AddTo(_extra, _event!.Event.Message);
        }
        return _extra;
    }
}
