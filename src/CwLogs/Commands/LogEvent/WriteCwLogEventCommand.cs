using System.Collections.Concurrent;
using System.Globalization;
using System.Management.Automation;
using Amazon.Runtime;
using CwLogs.Client;
using CwLogs.Client.Errors;
using CwLogs.Client.Operations;
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
/// Writes log events (PutLogEvents). Takes strings from the pipeline (stamped now), objects with
/// Message and Timestamp properties, or -Message/-Timestamp; batches them by the service limits.
/// A background sender ships a batch as soon as it is full and whatever is held once its oldest event
/// has waited -FlushInterval, even while the upstream command is blocked (Get-Content -Wait); what it
/// has to say is written on the pipeline thread at the next item or at the end. Needs no sequence token.
/// </summary>
[Cmdlet(VerbsCommunications.Write, "CwLogEvent", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(PutLogEventsResult))]
public sealed class WriteCwLogEventCommand : CwLogsCmdlet
{
    // Ctrl+C sends what is held for at most this long, then reports how many events it could not send.
    private static readonly TimeSpan StopFlushBound = TimeSpan.FromSeconds(3);

    // Results, warnings and errors of background sends, written on the pipeline thread.
    private readonly ConcurrentQueue<Action> _reports = new();
    private volatile BufferedEventSender? _sender;
    private bool? _approved;
    private bool _triedCreate;
    private ProgressReporter? _progress;
    private long _eventsSent;
    private long _bytesSent;

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

    /// <summary>The event text; strings piped in bind here, as does an object's Message property.</summary>
    [Parameter(Mandatory = true, Position = 2, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    public string[] Message { get; set; } = Array.Empty<string>();

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
        WriteReports();
        var timestamp = TimeInput.ToEpochMilliseconds(Timestamp ?? DateTime.UtcNow);
        foreach (var message in Message)
        {
            var logEvent = new InputLogEvent(timestamp, message ?? "");
            if (EventBatcher.Check(logEvent) is { } rejection)
            {
                WriteError(new ErrorRecord(new ArgumentException(rejection), "InvalidLogEvent", ErrorCategory.InvalidArgument, logEvent));
                continue;
            }
            if (!Approved()) continue;
            try
            {
                _sender!.Add(logEvent, StopToken);
            }
            catch (OperationCanceledException) when (StopToken.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
        }
    }

    protected override void EndProcessing()
    {
        try
        {
            _sender?.Complete(StopToken);
        }
        catch (OperationCanceledException) when (StopToken.IsCancellationRequested)
        {
            throw new PipelineStoppedException();
        }
        WriteReports();
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
            // A stopped pipeline unwinds while StopProcessing may still be sending on another thread: wait for that
            // same bounded send. The stopped pipeline takes no more writes, so the count goes to the host, as
            // Ctrl+C's other messages do (Dispose runs on the pipeline thread).
            if (Stopping && sender.Stop(StopFlushBound) is var notSent and > 0)
                Host?.UI?.WriteWarningLine($"{notSent} buffered log events were not sent to {Target}: the pipeline was stopped and sending them took longer than {StopFlushBound.TotalSeconds:0} s.");
            sender.Dispose();
        }
        if (disposing) _progress?.Complete();
        base.Dispose(disposing);
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

    private void WriteReports()
    {
        while (_reports.TryDequeue(out var report)) report();
    }

    // Runs on the sender's task: writes nothing itself, queues what it has to say for the pipeline thread.
    private void SendInBackground(IReadOnlyList<InputLogEvent> batch, CancellationToken token)
    {
        try
        {
            var response = PutWithOptionalCreate(batch, token);
            var bytes = batch.Sum(e => (long)e.Size);
            var rejected = RejectedCounts.From(response.RejectedLogEventsInfo, batch.Count);
            _reports.Enqueue(() => ReportSent(batch.Count, bytes));
            if (rejected.Total(batch.Count) > 0)
            {
                var warning = $"CloudWatch Logs rejected {rejected.Total(batch.Count)} of {batch.Count} events for {Target}: {rejected.TooOld} too old, {rejected.TooNew} too new, {rejected.Expired} older than the retention period.";
                _reports.Enqueue(() => WriteWarning(warning));
            }
            if (PassThru)
            {
                var result = ResultOf(batch, bytes, rejected, response);
                _reports.Enqueue(() => WriteObject(result));
            }
        }
        catch (AmazonServiceException ex)
        {
            var record = ServiceErrorRecords.From(ex, Target, $"Log stream '{LogStreamName}' in log group '{LogGroupName}'");
            _reports.Enqueue(() => WriteError(record));
        }
        catch (Exception ex) when ((ex is AmazonClientException or HttpRequestException or OperationCanceledException) && !token.IsCancellationRequested)
        {
            // The SDK's retries are spent: the endpoint is unreachable, so the command stops, as it does for any call.
            var record = new ErrorRecord(ex, "ServiceCallFailed", ErrorCategory.ConnectionError, CwLogsOperations.PutLogEvents.Name);
            _reports.Enqueue(() => ThrowTerminatingError(record));
        }
    }

    private PutLogEventsResponse PutWithOptionalCreate(IReadOnlyList<InputLogEvent> batch, CancellationToken token)
    {
        var request = new PutLogEventsRequest { LogGroupName = LogGroupName, LogStreamName = LogStreamName, LogEvents = batch };
        try
        {
            return Call(CwLogsOperations.PutLogEvents, request, token);
        }
        catch (ResourceNotFoundException) when (CreateMissing && !_triedCreate)
        {
            // Create lazily on the first failure: a runbook that writes to an existing stream pays nothing.
            // The stream first, so a role allowed only logs:CreateLogStream can still use -CreateMissing.
            _triedCreate = true;
            _reports.Enqueue(() => WriteVerbose($"Creating missing log stream {Target}."));
            try
            {
                CreateStream(token);
            }
            catch (ResourceNotFoundException)
            {
                _reports.Enqueue(() => WriteVerbose($"Creating missing log group {LogGroupName}."));
                IgnoreAlreadyExists(() => Call(CwLogsOperations.CreateLogGroup, new CreateLogGroupRequest { LogGroupName = LogGroupName }, token));
                CreateStream(token);
            }
            return Call(CwLogsOperations.PutLogEvents, request, token);
        }
    }

    private void CreateStream(CancellationToken token)
        => IgnoreAlreadyExists(() => Call(CwLogsOperations.CreateLogStream, new CreateLogStreamRequest { LogGroupName = LogGroupName, LogStreamName = LogStreamName }, token));

    // A call from the sender's task, with the sender's token (Stop bounds it; the pipeline's StopToken does not).
    private TResponse Call<TRequest, TResponse>(CwLogsOperation<TRequest, TResponse> operation, TRequest request, CancellationToken token)
        => Client.SendAsync(operation, request, token).GetAwaiter().GetResult();

    private static void IgnoreAlreadyExists(Action create)
    {
        try { create(); }
        catch (ResourceAlreadyExistsException) { }
    }

    private PutLogEventsResult ResultOf(IReadOnlyList<InputLogEvent> batch, long bytes, RejectedCounts rejected, PutLogEventsResponse response) => new()
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
    };
}
