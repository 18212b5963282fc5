namespace CwLogs.Model;

/// <summary>
/// The tags of one resource, as Get-CwLogTag emits them: a log group asked for by name carries
/// LogGroupName, a resource asked for by ARN carries ResourceArn (the other stays null), so the
/// object pipes back into Add-CwLogTag and Remove-CwLogTag by the same parameter.
/// </summary>
public sealed class ResourceTags
{
    public string? LogGroupName { get; init; }
    public string? ResourceArn { get; init; }

    /// <summary>Tag key to value, in ordinal key order; empty when the resource has no tags.</summary>
    public IDictionary<string, string> Tags { get; init; } = new SortedDictionary<string, string>(StringComparer.Ordinal);

    public override string ToString() => LogGroupName ?? ResourceArn ?? "";
}
