namespace CwLogs.Model;

/// <summary>How much a query read: records in the time range, records that passed its filters, bytes read.</summary>
public sealed class LogQueryStatistics
{
    public double RecordsScanned { get; init; }
    public double RecordsMatched { get; init; }
    public double BytesScanned { get; init; }

    public override string ToString() => $"{RecordsMatched} matched of {RecordsScanned} scanned";
}
