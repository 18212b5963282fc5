using CwLogs.Client.Operations;
using CwLogs.Infrastructure;
using CwLogs.Model;

namespace CwLogs.Commands;

/// <summary>Shared by the cmdlets that work on log groups: reading one group back after a change.</summary>
public abstract class LogGroupCmdlet : CwLogsCmdlet
{
    private protected IEnumerable<DescribeLogGroupsResponse> DescribeLogGroupPages(DescribeLogGroupsRequest request)
        => SendPaged(CwLogsOperations.DescribeLogGroups, request);

    private protected LogGroup? FindLogGroup(string name) => LogGroupLookup.FindExact(name, DescribeLogGroupPages);
}
