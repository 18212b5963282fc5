namespace CwLogs.Emulator.Insights.Commands;

/// <summary><c>limit N</c>: keeps the first N records.</summary>
internal sealed class LimitCommand : IQueryCommand
{
    public const int Max = 10_000;
    private readonly int _count;

    public LimitCommand(int count) => _count = count;

    public void Apply(QueryState state)
    {
        state.Matched ??= state.Records.Count;
        if (state.Records.Count > _count) state.Records = state.Records.GetRange(0, _count);
    }
}
