using System.Management.Automation;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure;
using CwLogs.Infrastructure.Completion;
using CwLogs.Infrastructure.Validation;
using CwLogs.Model;

namespace CwLogs.Commands;

/// <summary>Lists the account's recent Logs Insights queries (DescribeQueries), newest first, page by page.</summary>
[Cmdlet(VerbsCommon.Get, "CwLogQuery")]
[OutputType(typeof(LogQuery))]
public sealed class GetCwLogQueryCommand : CwLogsCmdlet
{
    /// <summary>Only queries that read this group.</summary>
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ValidateLogGroupName]
    [ArgumentCompleter(typeof(LogGroupNameCompleter))]
    public string? LogGroupName { get; set; }

    /// <summary>Only queries in this state.</summary>
    [Parameter]
    [ValidateSet("Scheduled", "Running", "Complete", "Failed", "Cancelled", "Timeout", "Unknown")]
    public string? Status { get; set; }

    /// <summary>Queries per request (1-1000); the cmdlet still returns every page.</summary>
    [Parameter]
    [ValidateRange(1, 1000)]
    public int? PageSize { get; set; }

    protected override void ProcessRecord()
    {
        var request = new DescribeQueriesRequest
        {
            LogGroupName = LogGroupName,
            // ValidateSet ignores case; the service wants the canonical spelling.
            Status = Status is null ? null : CwLogsEnums.QueryStatus.Values.Canonical(Status),
            MaxResults = PageSize,
        };
        var target = (object?)LogGroupName ?? "queries";
        if (!IsValidRequest(request, target)) return;
        TryForItem(target, LogGroupName is null ? "Queries" : $"Queries of log group '{LogGroupName}'", () =>
        {
            foreach (var page in SendPaged(CwLogsOperations.DescribeQueries, request))
                foreach (var query in page.Queries ?? new List<QueryInfoData>())
                    WriteObject(query.ToLogQuery());
        });
    }
}
