using System.Diagnostics;
using System.Management.Automation;
using Amazon.Runtime;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure.Time;
using CwLogs.Model;
using static CwLogs.Client.Operations.CwLogsEnums;

namespace CwLogs.Commands;

/// <summary>
/// Runs a Logs Insights query and writes its rows: StartQuery (waiting for a free slot while the account's
/// concurrent-query limit is reached), GetQueryResults until it ends, with a progress bar; StopQuery on
/// Ctrl+C or -Timeout. -QueryDefinitionName runs a saved query.
/// </summary>
[Cmdlet(VerbsLifecycle.Invoke, "CwLogQuery", SupportsShouldProcess = true, DefaultParameterSetName = QueryText)]
[OutputType(typeof(PSObject))]
public sealed class InvokeCwLogQueryCommand : QueryStartingCmdlet
{
    private const string QueryText = "QueryString";
    private const string Saved = "QueryDefinition";
    private static readonly TimeSpan FirstSlotPause = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestSlotPause = TimeSpan.FromSeconds(10);

    /// <summary>The Logs Insights query, e.g. 'stats count(*) by level'.</summary>
    [Parameter(Mandatory = true, Position = 1, ParameterSetName = QueryText)]
    [ValidateNotNull]
    public string QueryString { get; set; } = "";

    /// <summary>Runs this saved query (Get-CwLogQueryDefinition), on its groups unless groups are given.</summary>
    [Parameter(Mandatory = true, ParameterSetName = Saved)]
    [ValidateNotNullOrEmpty]
    public string QueryDefinitionName { get; set; } = "";

    /// <summary>Give up (and stop the query) after this long, waiting for a slot included, e.g. 90, '5m'.</summary>
    [Parameter]
    [IntervalArgumentTransformation]
    public TimeSpan? Timeout { get; set; }

    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        if (Timeout is TimeSpan limit && limit <= TimeSpan.Zero) ThrowInvalidArgument($"-Timeout must be longer than zero; it was {limit}.", "InvalidTimeout", Timeout);
    }

    protected override void EndProcessing()
    {
        var (queryString, savedGroups) = ParameterSetName == Saved ? SavedQuery() : (QueryString, null);
        if (BuildRequest(queryString, savedGroups) is not { } request) return;
        var target = Target(request);
        if (!ShouldProcess(target, "Run Logs Insights query")) return;

        var clock = Stopwatch.StartNew();
        TryForItem(target, $"Query over '{target}'", () =>
        {
            if (StartWhenASlotIsFree(request, clock) is not { } queryId) return;
            WriteVerbose($"Query {queryId} started.");
            var response = WaitForEnd(queryId, Timeout is TimeSpan limit ? limit : null, clock);
            if (response is null) WriteTimedOut(queryId);
            else WriteOutcome(queryId, response);
        });
    }

    /// <summary>StartQuery, retried with growing pauses while the concurrent-query limit is reached; null when -Timeout passed.</summary>
    private string? StartWhenASlotIsFree(StartQueryRequest request, Stopwatch clock)
    {
        var pause = FirstSlotPause;
        ProgressRecord? progress = null;
        try
        {
            while (true)
            {
                try
                {
                    return Send(CwLogsOperations.StartQuery, request).QueryId ?? "";
                }
                catch (AmazonServiceException ex) when (ex.ErrorCode == "LimitExceededException")
                {
                    if (Timeout is TimeSpan limit && clock.Elapsed + pause > limit)
                    {
                        WriteTimedOut(null);
                        return null;
                    }
                    WriteVerbose($"{ex.Message} Trying again in {pause.TotalSeconds:0} s.");
                    if (ProgressWanted())
                        WriteProgressStatus(progress ??= new ProgressRecord(4712, "Logs Insights query", "Waiting"),
                            $"Waiting for a free query slot (the account's concurrent-query limit is reached), {clock.Elapsed.TotalSeconds:0} s");
                    PauseOrStop(pause);
                    pause = TimeSpan.FromTicks(Math.Min(LongestSlotPause.Ticks, pause.Ticks * 2));
                }
            }
        }
        finally
        {
            if (progress is not null) CompleteProgress(progress);
        }
    }

    private void WriteOutcome(string queryId, GetQueryResultsResponse response)
    {
        if (response.Status != QueryStatus.Complete)
        {
            WriteError(new ErrorRecord(new InvalidOperationException($"Query {queryId} ended with status {response.Status}."),
                "Query" + response.Status, ErrorCategory.OperationStopped, queryId));
            return;
        }
        if (response.Statistics is { } statistics)
            WriteVerbose($"Query {queryId}: {statistics.RecordsMatched:N0} records matched, {statistics.RecordsScanned:N0} scanned, {statistics.BytesScanned:N0} bytes.");
        foreach (var row in response.Results ?? new List<List<ResultFieldData>>()) WriteObject(QueryMapping.ToRow(row));
    }

    private void WriteTimedOut(string? queryId)
        => WriteError(new ErrorRecord(
            new TimeoutException(queryId is null
                ? $"No query slot became free within {Timeout} (the account's concurrent-query limit)."
                : $"Query {queryId} had not ended after {Timeout}; it was stopped."),
            "QueryTimedOut", ErrorCategory.OperationTimeout, queryId));

    /// <summary>The saved query's text and groups; a name that matches no saved query ends the command.</summary>
    private (string, IReadOnlyList<string>?) SavedQuery()
    {
        var request = new DescribeQueryDefinitionsRequest { QueryDefinitionNamePrefix = QueryDefinitionName };
        if (IsValidRequest(request, QueryDefinitionName))
        {
            foreach (var page in SendPaged(CwLogsOperations.DescribeQueryDefinitions, request, p => p.NextToken))
                foreach (var definition in page.QueryDefinitions ?? new List<QueryDefinitionData>())
                    if (definition.Name == QueryDefinitionName) return (definition.QueryString ?? "", definition.LogGroupNames);
        }
        ThrowTerminatingError(new ErrorRecord(new ItemNotFoundException($"No saved query is named '{QueryDefinitionName}'."),
            "QueryDefinitionNotFound", ErrorCategory.ObjectNotFound, QueryDefinitionName));
        throw new InvalidOperationException(); // not reached
    }
}
