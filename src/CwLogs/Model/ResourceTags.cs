namespace CwLogs.Model;

/// <summary>
/// The tags of one resource, as Get-CwLogTag emits them: <see cref="LogGroupTags"/> for a log group asked
/// for by name, <see cref="ResourceArnTags"/> for a resource asked for by ARN. Each carries only the
/// property its parameter set binds to, so it pipes back into Add-CwLogTag and Remove-CwLogTag by that
/// set: a null LogGroupName on an ARN's tags would fail binding in the default (LogGroupName) set.
/// </summary>
public abstract class ResourceTags
{
    /// <summary>Tag key to value, in ordinal key order; empty when the resource has no tags.</summary>
    public IDictionary<string, string> Tags { get; init; } = new SortedDictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The log group name or the ARN: what the table view shows.</summary>
    public abstract string Resource { get; }

    public override string ToString() => Resource;
}

/// <summary>A log group's tags (ListTagsLogGroup).</summary>
public sealed class LogGroupTags : ResourceTags
{
    public string LogGroupName { get; init; } = "";

    public override string Resource => LogGroupName;
}

/// <summary>A resource's tags by ARN (ListTagsForResource).</summary>
public sealed class ResourceArnTags : ResourceTags
{
    public string ResourceArn { get; init; } = "";

    public override string Resource => ResourceArn;
}
