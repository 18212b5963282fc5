using System.Diagnostics;
using System.Management.Automation;

namespace CwLogs.Infrastructure.Progress;

/// <summary>
/// A progress bar for long work, with PowerShell manners: nothing in the first second (a quick command
/// does not flash a bar), at most four updates a second, no work at all when $ProgressPreference (or
/// -ProgressAction) is SilentlyContinue or Ignore, and a Completed record when a bar was shown. Call it
/// on the pipeline thread only.
/// </summary>
internal sealed class ProgressReporter
{
    private static readonly TimeSpan ShowAfter = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MinInterval = TimeSpan.FromMilliseconds(250);
    private static int _lastActivityId = 0x43574c00; // "CWL": away from the small ids scripts use

    private readonly Action<ProgressRecord> _write;
    private readonly Func<TimeSpan> _elapsed;
    private readonly int _activityId;
    private readonly string _activity;
    private string _status = "Starting";
    private readonly bool _enabled;
    private TimeSpan _lastShown = TimeSpan.MinValue;
    private bool _shown;

    public ProgressReporter(PSCmdlet cmdlet, string activity)
        : this(cmdlet.WriteProgress, !IsSilenced(cmdlet), activity, StartClock())
    {
    }

    /// <param name="write">Where records go (the cmdlet's WriteProgress).</param>
    /// <param name="elapsed">Time since the work started (tests pass their own clock).</param>
    internal ProgressReporter(Action<ProgressRecord> write, bool enabled, string activity, Func<TimeSpan> elapsed)
    {
        _write = write;
        _enabled = enabled;
        _activity = activity;
        _elapsed = elapsed;
        _activityId = Interlocked.Increment(ref _lastActivityId);
    }

    /// <summary>Shows <paramref name="status"/> when a bar is due; the text is only built then.</summary>
    public void Update(Func<string> status) => Update(status, static s => s());

    /// <summary>
    /// The same for callers that report once per event: a static <paramref name="status"/> over
    /// <paramref name="state"/> allocates nothing when no bar is due (almost every time).
    /// </summary>
    public void Update<TState>(TState state, Func<TState, string> status)
    {
        if (!_enabled) return;
        var now = _elapsed();
        if (now < ShowAfter || (_shown && now - _lastShown < MinInterval)) return;
        _status = status(state);
        _write(Record(ProgressRecordType.Processing));
        _lastShown = now;
        _shown = true;
    }

    /// <summary>Completes the bar if one was shown. A stopped pipeline takes no more records; the host clears it then.</summary>
    public void Complete()
    {
        if (!_shown) return;
        _shown = false;
        try
        {
            _write(Record(ProgressRecordType.Completed));
        }
        catch (PipelineStoppedException)
        {
        }
    }

    private static Func<TimeSpan> StartClock()
    {
        var clock = Stopwatch.StartNew();
        return () => clock.Elapsed;
    }

    // A new record each time: hosts and runspaces keep the records they are given.
    private ProgressRecord Record(ProgressRecordType type)
        => new(_activityId, _activity, _status) { RecordType = type };

    private static bool IsSilenced(PSCmdlet cmdlet)
    {
        var preference = cmdlet.MyInvocation.BoundParameters.TryGetValue("ProgressAction", out var action)
            ? action
            : cmdlet.SessionState.PSVariable.GetValue("ProgressPreference");
        if (preference is PSObject wrapped) preference = wrapped.BaseObject;
        return preference?.ToString() is "SilentlyContinue" or "Ignore";
    }
}
