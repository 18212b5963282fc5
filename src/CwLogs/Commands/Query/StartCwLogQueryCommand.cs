using System.Management.Automation;
using CwLogs.Client.Operations;
using CwLogs.Model;

namespace CwLogs.Commands;

/// <summary>Starts a Logs Insights query over one or more log groups (StartQuery) and returns it without waiting.</summary>
[Cmdlet(VerbsLifecycle.Start, "CwLogQuery", SupportsShouldProcess = true)]
[OutputType(typeof(LogQuery))]
public sealed class StartCwLogQueryCommand : QueryStartingCmdlet
{
    /// <summary>The Logs Insights query, e.g. 'fields @timestamp, @message | sort @timestamp desc | limit 20'.</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ValidateNotNull]
    public string QueryString { get; set; } = "";

    protected override void EndProcessing()
    {
        if (BuildRequest(QueryString, null) is not { } request) return;
        var target = Target(request);
        if (!ShouldProcess(target, "Start Logs Insights query")) return;
        TryForItem(target, $"Query over '{target}'", () =>
        {
            var response = Send(CwLogsOperations.StartQuery, request);
            WriteObject(Describe(request, response.QueryId ?? ""));
        });
    }
}
