using System.Management.Automation;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure.Completion;
using CwLogs.Infrastructure.Validation;
using CwLogs.Model;

namespace CwLogs.Commands;

/// <summary>
/// Reads the events of log streams (GetLogEvents) in chronological order, streaming page by
/// page; -Tail reads only the newest N without walking the whole stream.
/// </summary>
[Cmdlet(VerbsCommon.Get, "CwLogEvent", DefaultParameterSetName = RangeSet)]
[OutputType(typeof(LogEvent))]
public sealed class GetCwLogEventCommand : LogEventQueryCmdlet
{
    private const string RangeSet = "Range";
    private const string TailSet = "Tail";
    private const int MaxPageSize = 10_000;

    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ValidateLogGroupName]
    [ArgumentCompleter(typeof(LogGroupNameCompleter))]
    public string LogGroupName { get; set; } = "";

    /// <summary>
    /// By property name only: by value, a piped LogGroup would convert to its name and be taken for a stream.
    /// A name with '*' is a wildcard: every matching stream is read, one after the other.
    /// </summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ValidateLogStreamName(Wildcards = true)]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(LogStreamNameCompleter))]
    public string[] LogStreamName { get; set; } = Array.Empty<string>();

    /// <summary>Only the newest N events (still written oldest first).</summary>
    [Parameter(ParameterSetName = TailSet, Mandatory = true)]
    [ValidateRange(1, 1_000_000)]
    public int Tail { get; set; }

    /// <summary>Events per request (1-10000); the cmdlet still returns every page.</summary>
    [Parameter(ParameterSetName = RangeSet)]
    [ValidateRange(1, MaxPageSize)]
    public int? PageSize { get; set; }

    /// <summary>
    /// Read on from this token: the NextToken of the error (its TargetObject) of a read that stopped part-way.
    /// A token belongs to one stream.
    /// </summary>
    [Parameter(ParameterSetName = RangeSet)]
    [ValidateNotNullOrEmpty]
    public string? NextToken { get; set; }

    /// <summary>GetLogEvents returns events before EndTime, not at it.</summary>
    private protected override bool EndTimeIsInclusive => false;

    protected override void ProcessRecord()
    {
        if (NextToken is not null && (LogStreamName.Length > 1 || NameWildcard.IsLogStreamPattern(LogStreamName[0])))
            ThrowInvalidArgument("-NextToken belongs to one log stream; give -LogStreamName one exact name.", "NextTokenWithManyStreams", LogStreamName);
        // A stream that several of the names match is read once.
        var read = LogStreamName.Length > 1 ? new HashSet<string>(StringComparer.Ordinal) : null;
        foreach (var name in LogStreamName)
        {
            if (!NameWildcard.IsLogStreamPattern(name))
            {
                if (read?.Add(name) != false) Read(name);
                continue;
            }
            var wildcard = new NameWildcard(name);
            TryForItem(name, $"Log streams '{name}' in log group '{LogGroupName}'", () =>
            {
                var listing = new DescribeLogStreamsRequest { LogGroupName = LogGroupName };
                foreach (var stream in LogStreamLookup.Matching(listing, wildcard, r => SendPaged(CwLogsOperations.DescribeLogStreams, r)))
                    if (stream.LogStreamName is { } match && read?.Add(match) != false) Read(match);
            });
        }
    }

    private void Read(string stream)
        => TryForItem(stream, $"Log stream '{stream}' in log group '{LogGroupName}'", () =>
        {
            if (ParameterSetName == TailSet) WriteNewest(stream);
            else WriteAll(stream);
        });

    private GetLogEventsRequest NewRequest(string stream, bool fromHead, int? limit) => new()
    {
        LogGroupName = LogGroupName,
        LogStreamName = stream,
        StartTime = StartMilliseconds,
        EndTime = EndMilliseconds,
        StartFromHead = fromHead,
        Limit = limit,
    };

    private void WriteAll(string stream)
    {
        var request = NewRequest(stream, fromHead: true, PageSize);
        request.NextToken = NextToken;
        foreach (var page in SendPagedAhead(CwLogsOperations.GetLogEvents, request, p => p.Events?.LastOrDefault()?.Timestamp))
            foreach (var e in page.Events ?? new List<OutputLogEventData>())
                WriteEvent(e.ToLogEvent(LogGroupName, stream));
    }

    /// <summary>
    /// Pages backwards from the end until N events are held (at most N), then writes them oldest first.
    /// An empty page is not the start of the stream (the service may return one with more before it):
    /// only a repeated or missing backward token is, and the paginator stops there.
    /// </summary>
    private void WriteNewest(string stream)
    {
        var request = NewRequest(stream, fromHead: false, Math.Min(Tail, MaxPageSize));
        var pagesNewestFirst = new List<List<OutputLogEventData>>();
        var held = 0;
        foreach (var page in SendPaged(CwLogsOperations.GetLogEvents, request, p => p.NextBackwardToken))
        {
            var events = page.Events ?? new List<OutputLogEventData>();
            if (events.Count == 0) continue;
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
                WriteEvent(e.ToLogEvent(LogGroupName, stream));
            }
        }
    }
}
