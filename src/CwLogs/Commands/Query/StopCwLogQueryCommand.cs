using System.Management.Automation;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure;

namespace CwLogs.Commands;

/// <summary>Stops Scheduled or Running Logs Insights queries (StopQuery).</summary>
[Cmdlet(VerbsLifecycle.Stop, "CwLogQuery", SupportsShouldProcess = true)]
[OutputType(typeof(void))]
public sealed class StopCwLogQueryCommand : CwLogsCmdlet
{
    /// <summary>The queries to stop, e.g. from Get-CwLogQuery -Status Running (bound by property name).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[] QueryId { get; set; } = Array.Empty<string>();

    protected override void ProcessRecord()
    {
        foreach (var id in QueryId)
        {
            var request = new StopQueryRequest { QueryId = id };
            if (!IsValidRequest(request, id) || !ShouldProcess(id, "Stop Logs Insights query")) continue;
            TryForItem(id, $"Query '{id}'", () => Send(CwLogsOperations.StopQuery, request));
        }
    }
}
