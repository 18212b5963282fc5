namespace CwLogs.Emulator.Insights.Conditions;

/// <summary>
/// <c>a = b</c>, <c>!=</c>, <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c>: numeric when both sides are numbers,
/// ordinal text when neither is; a number and a text are only ever unequal. A missing field makes every
/// comparison false (<c>!=</c> included).
/// </summary>
internal sealed class Comparison : ICondition
{
    private readonly Operand _left;
    private readonly string _operator;
    private readonly Operand _right;

    public Comparison(Operand left, string op, Operand right)
    {
        _left = left;
        _operator = op;
        _right = right;
    }

    public static bool IsOperator(string symbol) => symbol is "=" or "!=" or "<" or "<=" or ">" or ">=";

    public bool Holds(QueryRecord record)
    {
        string? left = _left.ValueIn(record);
        string? right = _right.ValueIn(record);
        if (left is null || right is null) return false;
        if (!FieldValues.Comparable(left, right)) return _operator == "!=";
        int order = FieldValues.Compare(left, right);
        return _operator switch
        {
            "=" => order == 0,
            "!=" => order != 0,
            "<" => order < 0,
            "<=" => order <= 0,
            ">" => order > 0,
            _ => order >= 0,
        };
    }
}
