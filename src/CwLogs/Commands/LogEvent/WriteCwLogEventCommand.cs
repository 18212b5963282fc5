using System.Management.Automation;
using CwLogs.Client;
using CwLogs.Client.Errors;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure;
using CwLogs.Infrastructure.Batching;
using CwLogs.Infrastructure.Time;
using CwLogs.Infrastructure.Completion;
using CwLogs.Infrastructure.Validation;
using CwLogs.Model;

namespace CwLogs.Commands;

/// <summary>
/// Writes log events (PutLogEvents). Takes strings from the pipeline (stamped now), objects with
/// Message and Timestamp properties, or -Message/-Timestamp; batches them by the service limits,
/// sending a batch when it is full and the rest at the end. Needs no sequence token.
/// </summary>
[Cmdlet(VerbsCommunications.Write, "CwLogEvent", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(PutLogEventsResult))]
public sealed class WriteCwLogEventCommand : CwLogsCmdlet
{
    private readonly EventBatcher _batcher = new();
    private bool _triedCreate;

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

    /// <summary>Create the log group and stream if they do not exist (for runbooks).</summary>
    [Parameter]
    public SwitchParameter CreateMissing { get; set; }

    /// <summary>Emit one result per batch sent.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    private string Target => $"{LogGroupName}/{LogStreamName}";

    protected override void ProcessRecord()
    {
        var timestamp = TimeInput.ToEpochMilliseconds(Timestamp ?? DateTime.UtcNow);
        foreach (var message in Message)
        {
            var logEvent = new InputLogEvent(timestamp, message ?? "");
            if (!_batcher.TryAdd(logEvent, out var full, out var rejection))
            {
                WriteError(new ErrorRecord(new ArgumentException(rejection), "InvalidLogEvent", ErrorCategory.InvalidArgument, logEvent));
                continue;
            }
            if (full is not null) SendBatch(full);
        }
    }

    protected override void EndProcessing()
    {
        if (_batcher.Flush() is { } rest) SendBatch(rest);
    }

    private void SendBatch(IReadOnlyList<InputLogEvent> batch)
    {
        var bytes = batch.Sum(e => (long)e.Size);
        if (!ShouldProcess(Target, $"Write {batch.Count} log events ({bytes} bytes)")) return;
        TryForItem(Target, $"Log stream '{LogStreamName}' in log group '{LogGroupName}'", () =>
        {
            var response = PutWithOptionalCreate(batch);
            var rejected = RejectedCounts.From(response.RejectedLogEventsInfo, batch.Count);
            if (rejected.Total(batch.Count) > 0)
                WriteWarning($"CloudWatch Logs rejected {rejected.Total(batch.Count)} of {batch.Count} events for {Target}: {rejected.TooOld} too old, {rejected.TooNew} too new, {rejected.Expired} older than the retention period.");
            if (PassThru) WriteObject(ResultOf(batch, bytes, rejected, response));
        });
    }

    private PutLogEventsResponse PutWithOptionalCreate(IReadOnlyList<InputLogEvent> batch)
    {
        var request = new PutLogEventsRequest { LogGroupName = LogGroupName, LogStreamName = LogStreamName, LogEvents = batch };
        try
        {
            return Send(CwLogsOperations.PutLogEvents, request);
        }
        catch (ResourceNotFoundException) when (CreateMissing && !_triedCreate)
        {
            // Create lazily on the first failure: a runbook that writes to an existing stream pays nothing.
            // The stream first, so a role allowed only logs:CreateLogStream can still use -CreateMissing.
            _triedCreate = true;
            WriteVerbose($"Creating missing log stream {Target}.");
            try
            {
                CreateStream();
            }
            catch (ResourceNotFoundException)
            {
                WriteVerbose($"Creating missing log group {LogGroupName}.");
                IgnoreAlreadyExists(() => Send(CwLogsOperations.CreateLogGroup, new CreateLogGroupRequest { LogGroupName = LogGroupName }));
                CreateStream();
            }
            return Send(CwLogsOperations.PutLogEvents, request);
        }
    }

    private void CreateStream()
        => IgnoreAlreadyExists(() => Send(CwLogsOperations.CreateLogStream, new CreateLogStreamRequest { LogGroupName = LogGroupName, LogStreamName = LogStreamName }));

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
