using System.Management.Automation;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure;
using CwLogs.Infrastructure.Time;
using CwLogs.Infrastructure.Validation;
using CwLogs.Model;

namespace CwLogs.Commands;

/// <summary>
/// Reads the events of log streams (GetLogEvents) in chronological order, streaming page by
/// page; -Tail reads only the newest N without walking the whole stream.
/// </summary>
[Cmdlet(VerbsCommon.Get, "CwLogEvent", DefaultParameterSetName = AllSet)]
[OutputType(typeof(LogEvent))]
public sealed class GetCwLogEventCommand : CwLogsCmdlet
{
    private const string AllSet = "All";
    private const string TailSet = "Tail";
    private const int MaxPageSize = 10_000;

    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ValidateLogGroupName]
    public string LogGroupName { get; set; } = "";

    [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ValidateLogStreamName]
    public string[] LogStreamName { get; set; } = Array.Empty<string>();

    /// <summary>Oldest event to return (inclusive): a DateTime, ISO 8601, epoch ms, or an age such as 5m, 2h, 1d.</summary>
    [Parameter]
    [TimeArgumentTransformation]
    public DateTime? StartTime { get; set; }

    /// <summary>Events before this time (exclusive); same forms as -StartTime.</summary>
    [Parameter]
    [TimeArgumentTransformation]
    public DateTime? EndTime { get; set; }

    /// <summary>Only the newest N events (still written oldest first).</summary>
    [Parameter(ParameterSetName = TailSet, Mandatory = true)]
    [ValidateRange(1, 1_000_000)]
    public int Tail { get; set; }

    /// <summary>Events per request (1-10000); the cmdlet still returns every page.</summary>
    [Parameter(ParameterSetName = AllSet)]
    [ValidateRange(1, MaxPageSize)]
    public int? PageSize { get; set; }

    protected override void BeginProcessing()
    {
        if (StartTime is DateTime start && EndTime is DateTime end && end <= start)
            ThrowInvalidArgument($"-EndTime ({end:o}) must be later than -StartTime ({start:o}).", "EndBeforeStart", EndTime);
    }

    protected override void ProcessRecord()
    {
        foreach (var stream in LogStreamName)
        {
            TryForItem(stream, $"Log stream '{stream}' in log group '{LogGroupName}'", () =>
            {
                if (ParameterSetName == TailSet) WriteNewest(stream);
                else WriteAll(stream);
            });
        }
    }

    private GetLogEventsRequest NewRequest(string stream, bool fromHead, int? limit) => new()
    {
        LogGroupName = LogGroupName,
        LogStreamName = stream,
        StartTime = StartTime is DateTime s ? TimeInput.ToEpochMilliseconds(s) : null,
        EndTime = EndTime is DateTime e ? TimeInput.ToEpochMilliseconds(e) : null,
        StartFromHead = fromHead,
        Limit = limit,
    };

    private void WriteAll(string stream)
    {
        var request = NewRequest(stream, fromHead: true, PageSize);
        foreach (var page in SendPaged(CwLogsOperations.GetLogEvents, request, p => p.NextForwardToken))
            foreach (var e in page.Events ?? new List<OutputLogEventData>())
                WriteObject(e.ToLogEvent(LogGroupName, stream));
    }

    /// <summary>Pages backwards from the end until N events are held (at most N), then writes them oldest first.</summary>
    private void WriteNewest(string stream)
    {
        var request = NewRequest(stream, fromHead: false, Math.Min(Tail, MaxPageSize));
        var pagesNewestFirst = new List<List<OutputLogEventData>>();
        var held = 0;
        foreach (var page in SendPaged(CwLogsOperations.GetLogEvents, request, p => p.NextBackwardToken))
        {
            var events = page.Events ?? new List<OutputLogEventData>();
            if (events.Count == 0) break;
            pagesNewestFirst.Add(events);
            held += events.Count;
            if (held >= Tail) break;
            request.Limit = Math.Min(Tail - held, MaxPageSize);
        }
        var skip = Math.Max(0, held - Tail);
        for (var i = pagesNewestFirst.Count - 1; i >= 0; i--)
        {
            foreach (var e in pagesNewestFirst[i])
            {
                if (skip > 0) { skip--; continue; }
                WriteObject(e.ToLogEvent(LogGroupName, stream));
            }
        }
    }
}
