using System.Collections.Generic;

namespace CwLogs.Emulator.Insights.Commands;

/// <summary><c>fields a, b</c>: result rows show these fields (several <c>fields</c> commands add up).</summary>
internal sealed class FieldsCommand : IQueryCommand
{
    private readonly IReadOnlyList<string> _fields;

    public FieldsCommand(IReadOnlyList<string> fields) => _fields = fields;

    public void Apply(QueryState state)
    {
        state.Projection ??= new List<string>();
        foreach (string field in _fields)
            if (!state.Projection.Contains(field)) state.Projection.Add(field);
    }
}
