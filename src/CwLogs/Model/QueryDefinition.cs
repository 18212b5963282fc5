namespace CwLogs.Model;

/// <summary>A saved Logs Insights query. QueryDefinitionId binds Set-/Remove-CwLogQueryDefinition by property name.</summary>
public sealed class QueryDefinition
{
    public string QueryDefinitionId { get; init; } = "";
    public string Name { get; init; } = "";
    public string? QueryString { get; init; }
    public string[] LogGroupNames { get; init; } = Array.Empty<string>();
    public DateTimeOffset? LastModified { get; init; }

    public override string ToString() => Name;
}
