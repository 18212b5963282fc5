namespace CwLogs.Model;

/// <summary>
/// One message that matched in Test-CwLogMetricFilter. EventNumber is its 1-based position among all the
/// messages given to the command (not within one 50-message call); ExtractedValues maps "$field" to its value.
/// </summary>
public sealed class MetricFilterMatch
{
    public long EventNumber { get; init; }
    public string EventMessage { get; init; } = "";
    public IReadOnlyDictionary<string, string> ExtractedValues { get; init; } = new Dictionary<string, string>();

    public override string ToString() => EventMessage;
}
