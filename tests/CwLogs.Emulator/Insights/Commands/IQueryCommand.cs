namespace CwLogs.Emulator.Insights.Commands;

/// <summary>One command of a query pipeline (<c>fields</c>, <c>filter</c>, <c>sort</c>, ...).</summary>
internal interface IQueryCommand
{
    void Apply(QueryState state);
}
