using CwLogs.Emulator.Insights.Conditions;

namespace CwLogs.Emulator.Insights.Commands;

/// <summary><c>filter condition</c>: keeps the records the condition holds for.</summary>
internal sealed class FilterCommand : IQueryCommand
{
    private readonly ICondition _condition;

    public FilterCommand(ICondition condition) => _condition = condition;

    public void Apply(QueryState state) => state.Records = state.Records.FindAll(record =>
    {
        state.Cancellation.ThrowIfCancellationRequested();
        return _condition.Holds(record);
    });
}
