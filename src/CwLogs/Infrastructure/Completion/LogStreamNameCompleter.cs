using CwLogs.Client;
using System.Management.Automation;
using CwLogs.Client.Operations;

namespace CwLogs.Infrastructure.Completion;

/// <summary>Completes -LogStreamName from DescribeLogStreams of the -LogGroupName already on the command line.</summary>
public sealed class LogStreamNameCompleter : NameCompleter
{
    /// <summary>The group typed so far; "" (no completions) when there is none yet or it is a wildcard.</summary>
    private protected override string? Scope(CompletionSession session)
    {
        var group = session.FirstString("LogGroupName");
        return string.IsNullOrEmpty(group) || WildcardPattern.ContainsWildcardCharacters(group) ? "" : group;
    }

    private protected override async Task<IReadOnlyList<string>> ListAsync(CwLogsServiceClient client, string? scope, string prefix, CancellationToken cancellationToken)
    {
        var request = new DescribeLogStreamsRequest { LogGroupName = scope, LogStreamNamePrefix = prefix.Length > 0 ? prefix : null, Limit = 50 };
        var page = await client.SendAsync(CwLogsOperations.DescribeLogStreams, request, cancellationToken).ConfigureAwait(false);
        return (page.LogStreams ?? new List<LogStreamData>()).Select(s => s.LogStreamName ?? "").Where(n => n.Length > 0).ToList();
    }
}
