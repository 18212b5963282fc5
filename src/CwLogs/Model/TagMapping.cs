using System.Collections.ObjectModel;

namespace CwLogs.Model;

/// <summary>From the tag listings' wire maps to <see cref="LogGroupTags"/> and <see cref="ResourceArnTags"/>.</summary>
internal static class TagMapping
{
    public static LogGroupTags ForLogGroup(string logGroupName, IDictionary<string, string>? tags)
        => new() { LogGroupName = logGroupName, Tags = Sorted(tags) };

    public static ResourceArnTags ForResource(string resourceArn, IDictionary<string, string>? tags)
        => new() { ResourceArn = resourceArn, Tags = Sorted(tags) };

    // Read-only: the object reports what the service said; changing it would change nothing there.
    private static IDictionary<string, string> Sorted(IDictionary<string, string>? tags)
        => new ReadOnlyDictionary<string, string>(new SortedDictionary<string, string>(tags ?? new Dictionary<string, string>(), StringComparer.Ordinal));
}
