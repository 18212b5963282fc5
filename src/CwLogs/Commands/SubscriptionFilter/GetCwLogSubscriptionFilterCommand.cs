using System.Management.Automation;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure;
using CwLogs.Infrastructure.Completion;
using CwLogs.Infrastructure.Validation;
using CwLogs.Model;

namespace CwLogs.Commands;

/// <summary>Lists the subscription filters of log groups (DescribeSubscriptionFilters), streaming page by page.</summary>
[Cmdlet(VerbsCommon.Get, "CwLogSubscriptionFilter")]
[OutputType(typeof(SubscriptionFilter))]
public sealed class GetCwLogSubscriptionFilterCommand : CwLogsCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ValidateLogGroupName]
    [ArgumentCompleter(typeof(LogGroupNameCompleter))]
    public string[] LogGroupName { get; set; } = Array.Empty<string>();

    [Parameter(Position = 1)]
    [ValidateNotNullOrEmpty]
    public string? FilterNamePrefix { get; set; }

    /// <summary>Filters per request (1-50); the cmdlet still returns every page.</summary>
    [Parameter]
    [ValidateRange(1, 50)]
    public int? PageSize { get; set; }

    protected override void ProcessRecord()
    {
        foreach (var group in LogGroupName)
        {
            var request = new DescribeSubscriptionFiltersRequest { LogGroupName = group, FilterNamePrefix = FilterNamePrefix, Limit = PageSize };
            if (!IsValidRequest(request, group)) continue;
            TryForItem(group, $"Log group '{group}'", () =>
            {
                foreach (var page in SendPaged(CwLogsOperations.DescribeSubscriptionFilters, request))
                    foreach (var filter in page.SubscriptionFilters ?? new List<SubscriptionFilterData>())
                        WriteObject(filter.ToSubscriptionFilter(group));
            });
        }
    }
}
