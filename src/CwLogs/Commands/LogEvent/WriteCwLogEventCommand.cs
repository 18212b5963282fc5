using System.Diagnostics;
using System.Globalization;
using System.Management.Automation;
using Amazon.Runtime;
using CwLogs.Client;
using CwLogs.Client.Errors;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure.Calls;
using CwLogs.Infrastructure;
using CwLogs.Infrastructure.Batching;
using CwLogs.Formatting;
using CwLogs.Infrastructure.Errors;
using CwLogs.Infrastructure.Progress;
using CwLogs.Infrastructure.Time;
using CwLogs.Infrastructure.Completion;
using CwLogs.Infrastructure.Validation;
using CwLogs.Model;

namespace CwLogs.Commands;

/// <summary>
/// Writes log events (PutLogEvents). Takes strings and other scalars from the pipeline (stamped now), objects and
/// hashtables with a Message and optionally a Timestamp, or -Message/-Timestamp; batches them by the service limits.
/// A background sender ships a batch as soon as it is full and whatever is held once its oldest event
/// has waited -FlushInterval, even while the upstream command is blocked (Get-Content -Wait); it calls as every
/// cmdlet does (same retries, errors, -Verbose and -Debug lines), and what it has to say is written on the pipeline
/// thread at the next item or while the command waits at the end. Every event is sent, or reported: a failed batch's
/// error carries its events, and a command that ends early counts what it never sent and what it sent without an answer.
/// </summary>
[Cmdlet(VerbsCommunications.Write, "CwLogEvent", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(PutLogEventsResult))]
public sealed class WriteCwLogEventCommand : CwLogsCmdlet
{
    // Ctrl+C, or a later command that stops the pipeline, sends what is held for at most this long, then counts the rest.
    private static readonly TimeSpan StopFlushBound = TimeSpan.FromSeconds(3);
    private static readonly string PutLogEvents = CwLogsOperations.PutLogEvents.Name;

    private readonly PipelineReports _reports = new();
    private volatile BufferedEventSender? _sender;
    private bool? _approved;
    private bool _triedCreate;
    private bool _accountedFor;
    private ProgressReporter? _progress;
    private long _eventsSent;
    private long _bytesSent;
    private int _emptySkipped;

    // Events given to the command that the sender did not take because it had stopped.
    private readonly List<InputLogEvent> _notTaken = new();

    // Failed batches whose error has not been written yet (a stopped pipeline never writes it).
    private readonly List<FailedBatch> _unreportedFailures = new();

    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    [ValidateLogGroupName]
    [ArgumentCompleter(typeof(LogGroupNameCompleter))]
    public string LogGroupName { get; set; } = "";

    [Parameter(Mandatory = true, Position = 1)]
    [ValidateNotNullOrEmpty]
    [ValidateLogStreamName]
    [ArgumentCompleter(typeof(LogStreamNameCompleter))]
    public string LogStreamName { get; set; } = "";

    /// <summary>
    /// The events: strings, numbers and dates are the message as text; other objects (also hashtables) give their
    /// Message and Timestamp. Typed as object so that PowerShell hands over the object, not its @{...} text.
    /// </summary>
    [Parameter(Mandatory = true, Position = 2, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    [AllowNull]
    public object?[] Message { get; set; } = Array.Empty<object>();

    /// <summary>When the event happened (default: now). Same forms as Get-CwLogEvent -StartTime.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [TimeArgumentTransformation]
    public DateTime? Timestamp { get; set; }

    /// <summary>
    /// Longest time an event waits before it is sent when its batch does not fill: seconds (5, 0.5) or a TimeSpan.
    /// </summary>
    [Parameter]
    [IntervalArgumentTransformation]
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Create the log group and stream if they do not exist (for runbooks).</summary>
    [Parameter]
    public SwitchParameter CreateMissing { get; set; }

    /// <summary>Emit one result per batch sent.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    private string Target => $"{LogGroupName}/{LogStreamName}";

    private string Seconds => FlushInterval.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);

    protected override void BeginProcessing()
    {
        if (FlushInterval <= TimeSpan.Zero)
            ThrowInvalidArgument($"-FlushInterval must be longer than zero; it was {FlushInterval}.", "InvalidFlushInterval", FlushInterval);
        WriteVerbose($"Events are sent when their batch is full, or at most {Seconds} s after they arrive.");
        _progress = new ProgressReporter(this, $"Write-CwLogEvent to {Target}");
    }

    protected override void ProcessRecord()
    {
        foreach (var item in Message)
        {
            if (ToEvent(item) is not { } logEvent) continue;
            if (!Approved()) continue;
            try
            {
                _sender!.Add(logEvent, StopToken);
            }
            catch (OperationCanceledException) when (StopToken.IsCancellationRequested)
            {
                _notTaken.Add(logEvent);
                throw new PipelineStoppedException();
            }
            catch (System.InvalidOperationException)
            {
                // The sender stopped taking events: a send failed in a way that ends the command, and says so.
                _notTaken.Add(logEvent);
                _reports.Run();
                throw;
            }
        }
        // After the events are held: writing a report may end the pipeline (Select-Object -First), and then what is
        // held is still sent (Dispose).
        _reports.Run();
    }

    protected override void EndProcessing()
    {
        if (_sender is { } sender)
        {
            try
            {
                _reports.RunUntil(sender.BeginComplete(), StopToken);
            }
            catch (OperationCanceledException) when (StopToken.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
        }
        _accountedFor = true;
        if (_emptySkipped > 0)
            WriteWarning($"Skipped {_emptySkipped} empty message{(_emptySkipped == 1 ? "" : "s")}: CloudWatch Logs does not accept empty events.");
        _progress?.Complete();
    }

    protected override void StopProcessing()
    {
        base.StopProcessing();
        _sender?.Stop(StopFlushBound);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _sender is { } sender)
        {
            // Ended early: Ctrl+C (StopProcessing may still be sending on another thread: wait for that same bounded
            // send), or a later command stopped the pipeline (Select-Object -First). Send what is held, within the
            // bound, and count the rest. The pipeline takes no more writes, so the count goes to the host, as
            // Ctrl+C's other messages do (Dispose runs on the pipeline thread).
            if (!_accountedFor && Unaccounted(sender.Stop(StopFlushBound)) is { IsEmpty: false } shortfall)
                Host?.UI?.WriteWarningLine(StoppedWarning(shortfall));
            sender.Dispose();
        }
        if (disposing) _progress?.Complete();
        base.Dispose(disposing);
    }

    // What the sender did not see through, with what never reached it and failed batches whose error was never written.
    private SendShortfall Unaccounted(SendShortfall sender)
    {
        List<FailedBatch> failed;
        lock (_unreportedFailures) failed = _unreportedFailures.ToList();
        return new SendShortfall(
            sender.NeverSent.Concat(_notTaken).Concat(failed.Where(f => !f.MayBeStored).SelectMany(f => f.Events)).ToList(),
            sender.OutcomeUnknown.Concat(failed.Where(f => f.MayBeStored).SelectMany(f => f.Events)).ToList());
    }

    private string StoppedWarning(SendShortfall shortfall)
    {
        var parts = new List<string>();
        if (shortfall.NeverSent.Count > 0) parts.Add($"{BatchErrorRecords.Describe(shortfall.NeverSent)} were never sent");
        if (shortfall.OutcomeUnknown.Count > 0)
            parts.Add($"{BatchErrorRecords.Describe(shortfall.OutcomeUnknown)} were sent but their outcome is unknown (they may be stored)");
        return $"Write-CwLogEvent to {Target} ended early and could not send everything it held within {StopFlushBound.TotalSeconds:0} s: {string.Join("; ", parts)}.";
    }

    // One item of -Message (or the pipeline) as an event; null, after saying why, for one that is not sent.
    private InputLogEvent? ToEvent(object? item)
    {
        if (!LogEventInput.TryRead(item, out var input, out var problem))
        {
            WriteError(new ErrorRecord(new ArgumentException(problem), "InvalidLogEvent", ErrorCategory.InvalidArgument, item));
            return null;
        }
        if (input.Message.Length == 0)
        {
            _emptySkipped++; // blank lines of a file: counted once at the end, not an error each
            return null;
        }
        DateTime time;
        try
        {
            time = input.Timestamp is { } given ? TimeInput.ToUtc(given, DateTime.UtcNow) : Timestamp ?? DateTime.UtcNow;
        }
        catch (ArgumentException ex)
        {
            WriteError(new ErrorRecord(new ArgumentException($"The Timestamp of the event '{input.Message}' cannot be read: {ex.Message}", ex), "InvalidLogEvent", ErrorCategory.InvalidArgument, item));
            return null;
        }
        var logEvent = new InputLogEvent(TimeInput.ToEpochMilliseconds(time), input.Message);
        if (EventBatcher.Check(logEvent) is { } rejection)
        {
            WriteError(new ErrorRecord(new ArgumentException(rejection), "InvalidLogEvent", ErrorCategory.InvalidArgument, item));
            return null;
        }
        return logEvent;
    }

    // Asked once, on the pipeline thread, before anything is sent: a background send cannot prompt.
    private bool Approved()
    {
        if (_approved is null)
        {
            _approved = ShouldProcess(Target, $"Write log events, each batch sent when full or at most {Seconds} s after its first event arrives");
            if (_approved.Value)
            {
                _ = Client; // resolve credentials and region here, where errors and verbose output can be written
                _sender = new BufferedEventSender(FlushInterval, SendInBackground);
            }
        }
        return _approved.Value;
    }

    private void ReportSent(int events, long bytes)
    {
        _eventsSent += events;
        _bytesSent += bytes;
        _progress?.Update(() => $"{_eventsSent:N0} events sent ({Display.Bytes(_bytesSent)})");
    }

    // Runs on the sender's task: writes nothing itself, queues what it has to say for the pipeline thread.
    // A cancellation by the sender's token passes on: the sender counts the batch as sent with the outcome unknown.
    private void SendInBackground(IReadOnlyList<InputLogEvent> batch, CancellationToken token)
    {
        var put = new BackgroundCall(this, PutLogEvents);
        try
        {
            var response = PutWithOptionalCreate(batch, put, token);
            var bytes = batch.Sum(e => (long)e.Size);
            var rejected = RejectedCounts.From(response.RejectedLogEventsInfo, batch.Count);
            var possiblyDuplicated = put.Observer.AnswersLost > 0;
            _reports.Enqueue(() => ReportSent(batch.Count, bytes));
            if (possiblyDuplicated)
            {
                var warning = $"PutLogEvents was sent again after an attempt's answer was lost, so {BatchErrorRecords.Describe(batch)} to {Target} may be stored twice (PutLogEvents has no way to recognise a repeat; see about_CwLogs, WRITING EVENTS).";
                _reports.Enqueue(() => WriteWarning(warning));
            }
            if (rejected.Total(batch.Count) > 0)
            {
                var warning = $"CloudWatch Logs rejected {rejected.Total(batch.Count)} of {batch.Count} events for {Target}: {rejected.TooOld} too old, {rejected.TooNew} too new, {rejected.Expired} older than the retention period.";
                _reports.Enqueue(() => WriteWarning(warning));
            }
            if (PassThru)
            {
                var result = ResultOf(batch, bytes, rejected, response, put.Observer.Attempts, possiblyDuplicated);
                _reports.Enqueue(() => WriteObject(result));
            }
        }
        catch (BackgroundCallFailed failed) when (!token.IsCancellationRequested)
        {
            Report(failed, batch, mayBeStored: put.Observer.AnswersLost > 0);
        }
    }

    // A failed batch: a service error about it is reported and sending goes on; a failure every further call would
    // repeat (refused credentials, a stalled or unreachable endpoint) ends the command once, with what it still held.
    private void Report(BackgroundCallFailed failed, IReadOnlyList<InputLogEvent> batch, bool mayBeStored)
    {
        // Until its error is written, the batch is counted with what a stopped command did not send.
        var unreported = new FailedBatch(batch, mayBeStored);
        lock (_unreportedFailures) _unreportedFailures.Add(unreported);
        var ending = CommandEndingError(failed.Error, failed.Operation, failed.Observer);
        if (ending is null && failed.Error is AmazonServiceException service)
        {
            var cause = ServiceErrorRecords.From(service, Target, $"Log stream '{LogStreamName}' in log group '{LogGroupName}'");
            var record = BatchErrorRecords.Failed(cause, batch, mayBeStored, Target);
            _reports.Enqueue(() =>
            {
                lock (_unreportedFailures) _unreportedFailures.Remove(unreported);
                WriteError(record);
            });
            return;
        }
        ending ??= new ErrorRecord(failed.Error, "ServiceCallFailed", ErrorCategory.ConnectionError, failed.Operation);
        var sender = _sender!;
        // Queued before the sender halts: a pipeline thread that finds the sender closed then finds this error waiting.
        _reports.Enqueue(() =>
        {
            // Wait for the halted sender's loop so that what it held is counted, then stop the command.
            sender.BeginComplete().Wait(TimeSpan.FromSeconds(5));
            _accountedFor = true;
            ThrowTerminatingError(BatchErrorRecords.Failed(ending, batch, mayBeStored, Target, sender.Shortfall.NeverSent.Concat(_notTaken).ToList()));
        });
        sender.Halt();
    }

    private sealed record FailedBatch(IReadOnlyList<InputLogEvent> Events, bool MayBeStored);

    private PutLogEventsResponse PutWithOptionalCreate(IReadOnlyList<InputLogEvent> batch, BackgroundCall put, CancellationToken token)
    {
        var request = new PutLogEventsRequest { LogGroupName = LogGroupName, LogStreamName = LogStreamName, LogEvents = batch };
        try
        {
            return put.Send(CwLogsOperations.PutLogEvents, request, token);
        }
        catch (BackgroundCallFailed failed) when (failed.Error is ResourceNotFoundException && CreateMissing && !_triedCreate)
        {
            // Create lazily on the first failure: a runbook that writes to an existing stream pays nothing.
            // The stream first, so a role allowed only logs:CreateLogStream can still use -CreateMissing.
            _triedCreate = true;
            _reports.Enqueue(() => WriteVerbose($"Creating missing log stream {Target}."));
            try
            {
                CreateStream(token);
            }
            catch (BackgroundCallFailed noGroup) when (noGroup.Error is ResourceNotFoundException)
            {
                _reports.Enqueue(() => WriteVerbose($"Creating missing log group {LogGroupName}."));
                IgnoreAlreadyExists(() => new BackgroundCall(this, CwLogsOperations.CreateLogGroup.Name)
                    .Send(CwLogsOperations.CreateLogGroup, new CreateLogGroupRequest { LogGroupName = LogGroupName }, token));
                CreateStream(token);
            }
            return put.Send(CwLogsOperations.PutLogEvents, request, token);
        }
    }

    private void CreateStream(CancellationToken token)
        => IgnoreAlreadyExists(() => new BackgroundCall(this, CwLogsOperations.CreateLogStream.Name)
            .Send(CwLogsOperations.CreateLogStream, new CreateLogStreamRequest { LogGroupName = LogGroupName, LogStreamName = LogStreamName }, token));

    private static void IgnoreAlreadyExists(Action create)
    {
        try { create(); }
        catch (BackgroundCallFailed failed) when (failed.Error is ResourceAlreadyExistsException) { }
    }

    /// <summary>
    /// A call from the sender's task, with the sender's token (Stop bounds it; the pipeline's StopToken does not),
    /// reporting as the pipeline thread's calls do: a -Verbose line per retry and a -Debug line per request.
    /// </summary>
    private sealed class BackgroundCall
    {
        private readonly WriteCwLogEventCommand _command;
        private readonly string _label;

        public BackgroundCall(WriteCwLogEventCommand command, string label)
        {
            _command = command;
            _label = label;
            Observer = NewObserver();
        }

        public CallObserver Observer { get; private set; }

        public TResponse Send<TRequest, TResponse>(CwLogsOperation<TRequest, TResponse> operation, TRequest request, CancellationToken token)
        {
            if (Observer.Attempts > 0) Observer = NewObserver(Observer.AnswersLost > 0); // sent again after -CreateMissing
            var reports = _command._reports;
            var clock = Stopwatch.StartNew();
            try
            {
                var response = _command.Client.SendAsync(operation, request, Observer, token).GetAwaiter().GetResult();
                var line = CallReport.Succeeded(_label, Observer, clock.Elapsed);
                reports.Enqueue(() => _command.WriteDebug(line));
                return response;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !token.IsCancellationRequested)
            {
                var line = CallReport.Failed(_label, ex, Observer, clock.Elapsed);
                reports.Enqueue(() => _command.WriteDebug(line));
                throw new BackgroundCallFailed(ex, operation.Name, Observer);
            }
        }

        private CallObserver NewObserver(bool answerLostBefore = false)
        {
            var reports = _command._reports;
            var observer = new CallObserver(notice => reports.Enqueue(() => _command.WriteVerbose(notice)));
            if (answerLostBefore) observer.AnswerLostEarlier();
            return observer;
        }
    }

    /// <summary>A background call that failed, with what is needed to report it as the pipeline thread would.</summary>
    private sealed class BackgroundCallFailed(Exception error, string operation, CallObserver observer) : Exception(error.Message, error)
    {
        public Exception Error { get; } = error;
        public string Operation { get; } = operation;
        public CallObserver Observer { get; } = observer;
    }

    private PutLogEventsResult ResultOf(IReadOnlyList<InputLogEvent> batch, long bytes, RejectedCounts rejected, PutLogEventsResponse response,
        int attempts, bool possiblyDuplicated) => new()
    {
        LogGroupName = LogGroupName,
        LogStreamName = LogStreamName,
        EventCount = batch.Count,
        AcceptedCount = batch.Count - rejected.Total(batch.Count),
        TooOldCount = rejected.TooOld,
        TooNewCount = rejected.TooNew,
        ExpiredCount = rejected.Expired,
        Bytes = bytes,
        FirstTimestamp = TimeOutput.FromEpochMilliseconds(batch[0].Timestamp),
        LastTimestamp = TimeOutput.FromEpochMilliseconds(batch[batch.Count - 1].Timestamp),
        NextSequenceToken = response.NextSequenceToken,
        Attempts = attempts,
        PossiblyDuplicated = possiblyDuplicated,
    };
}
