using System.Management.Automation;
using CwLogs.Infrastructure;
using CwLogs.Formatting;
using CwLogs.Infrastructure.Progress;
using CwLogs.Infrastructure.Time;
using CwLogs.Model;

namespace CwLogs.Commands;

/// <summary>
/// The time window shared by the cmdlets that read events (and later follow/tail and Insights):
/// -StartTime/-EndTime in every accepted form, checked before any call, as epoch milliseconds.
/// </summary>
public abstract class LogEventQueryCmdlet : CwLogsCmdlet
{
    /// <summary>Oldest event to return (inclusive): a DateTime, ISO 8601, epoch ms, or an age such as 5m, 2h, 1d.</summary>
    [Parameter]
    [TimeArgumentTransformation]
    public DateTime? StartTime { get; set; }

    /// <summary>Newest end of the window; same forms as -StartTime. Whether it is inclusive depends on the operation.</summary>
    [Parameter]
    [TimeArgumentTransformation]
    public DateTime? EndTime { get; set; }

    /// <summary>True when the operation includes events at exactly EndTime, so StartTime == EndTime is a valid window.</summary>
    private protected abstract bool EndTimeIsInclusive { get; }

    private protected long? StartMilliseconds => StartTime is DateTime start ? TimeInput.ToEpochMilliseconds(start) : null;

    private protected long? EndMilliseconds => EndTime is DateTime end ? TimeInput.ToEpochMilliseconds(end) : null;

    private ProgressReporter? _progress;
    private long _eventsRead;

    protected override void BeginProcessing()
    {
        _progress = new ProgressReporter(this, $"{MyInvocation.MyCommand.Name}: reading log events");
        if (StartTime is not DateTime start || EndTime is not DateTime end) return;
        if (end < start || (end == start && !EndTimeIsInclusive))
            ThrowInvalidArgument($"-EndTime ({end:o}) must be {(EndTimeIsInclusive ? "no earlier than" : "later than")} -StartTime ({start:o}).", "EndBeforeStart", EndTime);
    }

    /// <summary>Writes one event and, on a read longer than a second, how many were read and the time reached.</summary>
    private protected void WriteEvent(LogEvent logEvent)
    {
        WriteObject(logEvent);
        _eventsRead++;
        _progress?.Update((Read: _eventsRead, Last: logEvent),
            static s => $"{s.Read:N0} events read, up to {Display.Time(s.Last.Timestamp)} in {s.Last.LogStreamName}");
    }

    protected override void EndProcessing() => _progress?.Complete();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _progress?.Complete(); // stopped or failed: EndProcessing did not run
        base.Dispose(disposing);
    }
}
