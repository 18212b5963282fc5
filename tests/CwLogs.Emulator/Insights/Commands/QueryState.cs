using System.Collections.Generic;
using System.Threading;

namespace CwLogs.Emulator.Insights.Commands;

/// <summary>What flows from one command to the next.</summary>
internal sealed class QueryState
{
    public QueryState(List<QueryRecord> records, CancellationToken cancellation)
    {
        Records = records;
        Cancellation = cancellation;
    }

    /// <summary>StopQuery or a reset: commands that read every record check it per record.</summary>
    public CancellationToken Cancellation { get; }

    public List<QueryRecord> Records { get; set; }

    /// <summary>The fields a result row shows, in order; null shows every field of the record.</summary>
    public List<string>? Projection { get; set; }

    /// <summary>The events that matched the query's filters, fixed when stats or limit first reduces the rows.</summary>
    public long? Matched { get; set; }
}
