using System.Diagnostics;
using System.Management.Automation;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure.Time;
using CwLogs.Model;

namespace CwLogs.Commands;

/// <summary>
/// A query's status, statistics and rows (GetQueryResults); with -Wait, polls until the query has ended.
/// Ctrl+C during -Wait stops the query on the service too.
/// </summary>
[Cmdlet(VerbsCommon.Get, "CwLogQueryResult")]
[OutputType(typeof(LogQueryResult))]
public sealed class GetCwLogQueryResultCommand : QueryWaitingCmdlet
{
    /// <summary>The query, as Start-CwLogQuery or Get-CwLogQuery returned it (bound by property name).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[] QueryId { get; set; } = Array.Empty<string>();

    /// <summary>Poll until the query is Complete, Failed, Cancelled or Timeout.</summary>
    [Parameter]
    public SwitchParameter Wait { get; set; }

    /// <summary>With -Wait: stop waiting (and stop the query) after this long, e.g. 30, '5m'.</summary>
    [Parameter]
    [IntervalArgumentTransformation]
    public TimeSpan? Timeout { get; set; }

    protected override void BeginProcessing()
    {
        if (Timeout is not null && !Wait) ThrowInvalidArgument("-Timeout applies only with -Wait.", "TimeoutWithoutWait", Timeout);
        if (Timeout is TimeSpan limit && limit <= TimeSpan.Zero) ThrowInvalidArgument($"-Timeout must be longer than zero; it was {limit}.", "InvalidTimeout", Timeout);
    }

    protected override void ProcessRecord()
    {
        foreach (var id in QueryId)
        {
            var request = new GetQueryResultsRequest { QueryId = id };
            if (!IsValidRequest(request, id)) continue;
            TryForItem(id, $"Query '{id}'", () =>
            {
                var response = Wait ? WaitForEnd(id, Timeout, Stopwatch.StartNew()) : Send(CwLogsOperations.GetQueryResults, request);
                if (response is null)
                {
                    WriteError(new ErrorRecord(new TimeoutException($"Query '{id}' had not ended after {Timeout}; it was stopped."),
                        "QueryWaitTimedOut", ErrorCategory.OperationTimeout, id));
                    return;
                }
                WriteObject(response.ToLogQueryResult(id));
            });
        }
    }
}
