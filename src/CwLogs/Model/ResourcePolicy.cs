namespace CwLogs.Model;

/// <summary>
/// A resource policy that lets AWS services (Route 53, EventBridge, ...) write to log groups. The document comes
/// as the service's text (PolicyDocument, what Set-CwLogResourcePolicy binds to) and parsed (Policy, for dot notation).
/// </summary>
public sealed class ResourcePolicy
{
    public string PolicyName { get; init; } = "";
    public string? PolicyDocument { get; init; }
    public object? Policy { get; init; }
    public DateTimeOffset? LastUpdatedTime { get; init; }

    public override string ToString() => PolicyName;
}
