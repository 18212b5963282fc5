using CwLogs.Client;
using CwLogs.Client.Operations;

namespace CwLogs.Infrastructure.Completion;

/// <summary>Completes -LogGroupName from DescribeLogGroups with the typed prefix.</summary>
public sealed class LogGroupNameCompleter : NameCompleter
{
    private protected override string? Scope(CompletionSession session) => null;

    private protected override async Task<IReadOnlyList<string>> ListAsync(CwLogsServiceClient client, string? scope, string prefix, CancellationToken cancellationToken)
    {
        var request = new DescribeLogGroupsRequest { LogGroupNamePrefix = prefix.Length > 0 ? prefix : null, Limit = 50 };
        var page = await client.SendAsync(CwLogsOperations.DescribeLogGroups, request, cancellationToken).ConfigureAwait(false);
        return (page.LogGroups ?? new List<LogGroupData>()).Select(g => g.LogGroupName ?? "").Where(n => n.Length > 0).ToList();
    }
}
