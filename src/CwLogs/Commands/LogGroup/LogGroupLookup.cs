using CwLogs.Client.Operations;
using CwLogs.Model;

namespace CwLogs.Commands;

/// <summary>DescribeLogGroups has no exact-name filter: ask by prefix and pick the exact match.</summary>
internal static class LogGroupLookup
{
    public static LogGroup? FindExact(string name, Func<DescribeLogGroupsRequest, IEnumerable<DescribeLogGroupsResponse>> pages)
    {
        foreach (var page in pages(new DescribeLogGroupsRequest { LogGroupNamePrefix = name }))
        {
            foreach (var group in page.LogGroups ?? new List<LogGroupData>())
            {
                if (string.Equals(group.LogGroupName, name, StringComparison.Ordinal)) return group.ToLogGroup(describesRetention: true);
            }
        }
        return null;
    }
}
