using System.Diagnostics;
using System.Globalization;
using System.Management.Automation;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure;
using static CwLogs.Client.Operations.CwLogsEnums;

namespace CwLogs.Commands;

/// <summary>
/// Waits for a Logs Insights query to end: GetQueryResults with a growing pause between calls, a progress bar
/// (records scanned and matched, time taken), and StopQuery when the user presses Ctrl+C or the time runs out,
/// so an abandoned query does not keep running (and costing) on the service.
/// </summary>
public abstract class QueryWaitingCmdlet : CwLogsCmdlet
{
    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan StopQueryTimeout = TimeSpan.FromSeconds(5);
    private const int ProgressId = 4711;

    private protected static bool HasEnded(string? status)
        => status is QueryStatus.Complete or QueryStatus.Failed or QueryStatus.Cancelled or QueryStatus.Timeout;

    /// <summary>Polls until the query ends; null when <paramref name="timeout"/> passed first (the query is then stopped).</summary>
    private protected GetQueryResultsResponse? WaitForEnd(string queryId, TimeSpan? timeout, Stopwatch clock)
    {
        var progress = ProgressWanted() ? new ProgressRecord(ProgressId, $"Logs Insights query {queryId}", "Waiting") : null; // the activity; each update is a new record
        var pause = FirstPause;
        try
        {
            while (true)
            {
                var response = Send(CwLogsOperations.GetQueryResults, new GetQueryResultsRequest { QueryId = queryId });
                if (HasEnded(response.Status)) return response;
                if (progress is not null) ShowProgress(progress, response, clock.Elapsed);
                var left = timeout is TimeSpan limit ? limit - clock.Elapsed : Timeout.InfiniteTimeSpan;
                if (timeout is not null && left <= TimeSpan.Zero)
                {
                    StopQuietly(queryId);
                    return null;
                }
                PauseOrStop(timeout is null || pause < left ? pause : left);
                pause = TimeSpan.FromTicks(Math.Min(LongestPause.Ticks, pause.Ticks * 3 / 2));
            }
        }
        catch (PipelineStoppedException)
        {
            StopQuietly(queryId);
            throw;
        }
        finally
        {
            if (progress is not null) CompleteProgress(progress);
        }
    }

    /// <summary>Sleeps, but wakes at once on Ctrl+C (StopProcessing cancels the token) and ends the command.</summary>
    private protected void PauseOrStop(TimeSpan pause)
    {
        if (StopToken.WaitHandle.WaitOne(pause)) throw new PipelineStoppedException();
    }

    /// <summary>
    /// StopQuery, best effort: the command is ending (stopped or out of time), so a query that has just ended
    /// or an unreachable endpoint is not worth an error. Not tied to the stop token, which is already cancelled.
    /// </summary>
    private protected void StopQuietly(string queryId)
    {
        using var limit = new CancellationTokenSource(StopQueryTimeout);
        try
        {
            Client.SendAsync(CwLogsOperations.StopQuery, new StopQueryRequest { QueryId = queryId }, limit.Token).GetAwaiter().GetResult();
        }
        catch (Exception)
        {
            // Nothing more to do: the query ended by itself or the service cannot be reached.
        }
    }

    /// <summary>PowerShell drops progress under SilentlyContinue anyway; this also skips building it.</summary>
    private protected bool ProgressWanted()
        => GetVariableValue("ProgressPreference")?.ToString() is not (nameof(ActionPreference.SilentlyContinue) or nameof(ActionPreference.Ignore));

    private void ShowProgress(ProgressRecord progress, GetQueryResultsResponse response, TimeSpan elapsed)
    {
        var statistics = response.Statistics;
        WriteProgressStatus(progress, string.Create(CultureInfo.CurrentCulture,
            $"{response.Status}: {statistics?.RecordsScanned ?? 0:N0} records scanned, {statistics?.RecordsMatched ?? 0:N0} matched, {elapsed.TotalSeconds:0.0} s"));
    }

    /// <summary>A new record each time: the host (and a hosted engine's Progress stream) keeps the ones written.</summary>
    private protected void WriteProgressStatus(ProgressRecord progress, string status)
        => WriteProgress(new ProgressRecord(progress.ActivityId, progress.Activity, status));

    private protected void CompleteProgress(ProgressRecord progress)
    {
        try
        {
            WriteProgress(new ProgressRecord(progress.ActivityId, progress.Activity, "Done") { RecordType = ProgressRecordType.Completed });
        }
        catch (PipelineStoppedException)
        {
            // Stopped: the host clears the bar when the pipeline ends.
        }
    }
}
