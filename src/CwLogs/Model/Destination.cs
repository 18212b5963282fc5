namespace CwLogs.Model;

/// <summary>
/// A cross-account subscription destination. The access policy comes as the service's text (AccessPolicy,
/// what Set-CwLogDestinationPolicy binds to) and parsed (AccessPolicyObject, for $d.AccessPolicyObject.Statement).
/// </summary>
public sealed class Destination
{
    public string DestinationName { get; init; } = "";
    public string? TargetArn { get; init; }
    public string? RoleArn { get; init; }
    public string? AccessPolicy { get; init; }
    public object? AccessPolicyObject { get; init; }
    public string? Arn { get; init; }
    public DateTimeOffset? CreationTime { get; init; }

    public override string ToString() => DestinationName;
}
