using System.Collections.Generic;
using System.Text.Json.Nodes;
using CwLogs.Client.Operations;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;

namespace CwLogs.Emulator.Operations;

/// <summary>The tag changes shared by the log group (TagLogGroup, ...) and resource ARN (TagResource, ...) operations.</summary>
internal static class GroupTags
{
    public const int MaxTags = ServiceFacts.MaxTags;

    /// <summary>Adds or overwrites; the limit counts the tags the group would have afterwards, so nothing changes when it is passed.</summary>
    public static void Add(LogGroup group, IReadOnlyDictionary<string, string> tags, System.Func<ServiceException> tooMany)
    {
        int after = group.Tags.Count;
        foreach (string key in tags.Keys)
        {
            if (!group.Tags.ContainsKey(key)) after++;
        }
        if (after > MaxTags) throw tooMany();
        foreach ((string key, string value) in tags) group.Tags[key] = value;
    }

    /// <summary>Keys the group does not have are ignored, as AWS does.</summary>
    public static void Remove(LogGroup group, IEnumerable<string> keys)
    {
        foreach (string key in keys) group.Tags.Remove(key);
    }

    /// <summary>{"tags": {...}}; a group without tags answers an empty map.</summary>
    public static JsonObject Output(LogGroup group)
    {
        var tags = new JsonObject();
        foreach ((string key, string value) in group.Tags) tags[key] = value;
        return new JsonObject { ["tags"] = tags };
    }
}
