namespace CwLogs.Emulator.Insights.Conditions;

internal sealed class And : ICondition
{
    private readonly ICondition _left;
    private readonly ICondition _right;

    public And(ICondition left, ICondition right)
    {
        _left = left;
        _right = right;
    }

    public bool Holds(QueryRecord record) => _left.Holds(record) && _right.Holds(record);
}

internal sealed class Or : ICondition
{
    private readonly ICondition _left;
    private readonly ICondition _right;

    public Or(ICondition left, ICondition right)
    {
        _left = left;
        _right = right;
    }

    public bool Holds(QueryRecord record) => _left.Holds(record) || _right.Holds(record);
}

internal sealed class Not : ICondition
{
    private readonly ICondition _inner;

    public Not(ICondition inner) => _inner = inner;

    public bool Holds(QueryRecord record) => !_inner.Holds(record);
}

/// <summary><c>ispresent(field)</c>: the record has the field.</summary>
internal sealed class IsPresent : ICondition
{
    private readonly string _field;

    public IsPresent(string field) => _field = field;

    public bool Holds(QueryRecord record) => record.Get(_field) is not null;
}
