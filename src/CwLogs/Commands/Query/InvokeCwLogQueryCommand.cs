using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
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
/// Ctrl+C or -Timeout. -QueryDefinitionName runs a saved query, and so does a piped one
/// (Get-CwLogQueryDefinition | Invoke-CwLogQuery): each piped query text runs on its own.
/// A warning says when the rows stop at the row limit, which the service passes over in silence.
/// </summary>
[Cmdlet(VerbsLifecycle.Invoke, "CwLogQuery", SupportsShouldProcess = true, DefaultParameterSetName = QueryText)]
[OutputType(typeof(PSObject))]
public sealed class InvokeCwLogQueryCommand : QueryStartingCmdlet
{
    private const string QueryText = "QueryString";
    private const string Saved = "QueryDefinition";
    private static readonly TimeSpan FirstSlotPause = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestSlotPause = TimeSpan.FromSeconds(10);
    private const int ServiceDefaultLimit = 1000;

    // A `limit` command of the query's own: rows it cut are what the user asked for.
    private static readonly Regex OwnLimitCommand = new(@"(^|\|)\s*limit\s+\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The query text comes with each piped object (saved queries), not once on the command line.</summary>
    private bool _queryPerItem;

    /// <summary>
    /// The Logs Insights query, e.g. 'stats count(*) by level'. By property name too, so saved queries can be
    /// piped in (each on its own groups, unless -LogGroupName is given).
    /// </summary>
    [Parameter(Mandatory = true, Position = 1, ParameterSetName = QueryText, ValueFromPipelineByPropertyName = true)]
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
        // Command-line values are bound by now, piped ones are not yet.
        _queryPerItem = !MyInvocation.BoundParameters.ContainsKey(nameof(QueryString)) && !MyInvocation.BoundParameters.ContainsKey(nameof(QueryDefinitionName));
    }

    protected override void ProcessRecord()
    {
        if (!_queryPerItem)
        {
            base.ProcessRecord();
            return;
        }
        ForgetGroups();
        base.ProcessRecord();
        Run(QueryString, null);
    }

    protected override void EndProcessing()
    {
        if (_queryPerItem) return;
        var (queryString, savedGroups) = ParameterSetName == Saved ? SavedQuery() : (QueryString, null);
        Run(queryString, savedGroups);
    }

    private void Run(string queryString, IReadOnlyList<string>? savedGroups)
    {
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
            else WriteOutcome(request, queryId, response);
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

    private void WriteOutcome(StartQueryRequest request, string queryId, GetQueryResultsResponse response)
    {
        if (response.Status != QueryStatus.Complete)
        {
            WriteError(new ErrorRecord(new InvalidOperationException($"Query {queryId} ended with status {response.Status}."),
                "Query" + response.Status, ErrorCategory.OperationStopped, queryId));
            return;
        }
        if (response.Statistics is { } statistics)
            WriteVerbose($"Query {queryId}: {statistics.RecordsMatched:N0} records matched, {statistics.RecordsScanned:N0} scanned, {statistics.BytesScanned:N0} bytes.");
        var rows = response.Results ?? new List<List<ResultFieldData>>();
        foreach (var row in rows) WriteObject(QueryMapping.ToRow(row));
        WarnIfCutAtTheLimit(request, rows.Count, response.Statistics);
    }

    /// <summary>Rows that reach the row limit were most likely cut there; the service does not say so, this does.</summary>
    private void WarnIfCutAtTheLimit(StartQueryRequest request, int rows, QueryStatistics? statistics)
    {
        var limit = request.Limit ?? ServiceDefaultLimit;
        if (rows < limit || OwnLimitCommand.IsMatch(request.QueryString ?? "")) return;
        var which = request.Limit is null ? "the default row limit" : "its -Limit";
        var rest = statistics?.RecordsMatched is double matched && matched > rows
            ? string.Create(CultureInfo.CurrentCulture, $" ({matched:N0} records matched); the rest are not shown.")
            : "; more rows may have matched.";
        WriteWarning(string.Create(CultureInfo.CurrentCulture,
            $"The query stopped at {rows:N0} rows, {which}{rest} Raise -Limit (at most {MaxLimit:N0}) or narrow the query to see them."));
    }

    private void WriteTimedOut(string? queryId)
        => WriteError(new ErrorRecord(
            new TimeoutException(queryId is null
                ? $"No query slot became free within {Timeout} (the account's concurrent-query limit)."
                : $"Query {queryId} had not ended after {Timeout}; it was stopped."),
            "QueryTimedOut", ErrorCategory.OperationTimeout, queryId));

    /// <summary>The saved query's text and groups; a name that matches no saved query, or several, ends the command.</summary>
    private (string, IReadOnlyList<string>?) SavedQuery()
    {
        var request = new DescribeQueryDefinitionsRequest { QueryDefinitionNamePrefix = QueryDefinitionName };
        if (IsValidRequest(request, QueryDefinitionName))
        {
            var named = QueryDefinitionLookup.Named(QueryDefinitionName, r => SendPaged(CwLogsOperations.DescribeQueryDefinitions, r));
            if (named.Count > 1)
                ThrowTerminatingError(QueryDefinitionLookup.Ambiguous(QueryDefinitionName, named,
                    "run one by its id: Get-CwLogQueryDefinition -QueryDefinitionId <id> | Invoke-CwLogQuery -StartTime ..."));
            if (named.Count == 1) return (named[0].QueryString ?? "", named[0].LogGroupNames);
        }
        ThrowTerminatingError(new ErrorRecord(new ItemNotFoundException($"No saved query is named '{QueryDefinitionName}'."),
            "QueryDefinitionNotFound", ErrorCategory.ObjectNotFound, QueryDefinitionName));
        throw new InvalidOperationException(); // not reached
    }
}
