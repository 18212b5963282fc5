namespace CwLogs.Emulator.Insights.Conditions;

/// <summary>One side of a comparison: a field (its value, or null when the record lacks it) or a literal.</summary>
internal sealed record Operand(string Text, bool IsField)
{
    public string? ValueIn(QueryRecord record) => IsField ? record.Get(Text) : Text;
}
