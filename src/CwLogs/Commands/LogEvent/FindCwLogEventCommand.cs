using System.Management.Automation;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure;
using CwLogs.Infrastructure.Time;
using CwLogs.Infrastructure.Validation;
using CwLogs.Model;

namespace CwLogs.Commands;

/// <summary>Searches a log group's events with a filter pattern (FilterLogEvents), streaming page by page.</summary>
[Cmdlet(VerbsCommon.Find, "CwLogEvent")]
[OutputType(typeof(LogEvent))]
public sealed class FindCwLogEventCommand : CwLogsCmdlet
{
    private const int MaxStreamNames = 100;

    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ValidateLogGroupName]
    public string LogGroupName { get; set; } = "";

    /// <summary>CloudWatch Logs filter pattern, e.g. '"NullReferenceException"' or '{ $.level = "error" }'.</summary>
    [Parameter(Position = 1)]
    public string? FilterPattern { get; set; }

    /// <summary>Only these streams (at most 100).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ValidateLogStreamName]
    public string[]? LogStreamName { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    [ValidateLogStreamName]
    public string? LogStreamNamePrefix { get; set; }

    /// <summary>Oldest event to return (inclusive): a DateTime, ISO 8601, epoch ms, or an age such as 5m, 2h, 1d.</summary>
    [Parameter]
    [TimeArgumentTransformation]
    public DateTime? StartTime { get; set; }

    /// <summary>Newest event to return (FilterLogEvents includes this time); same forms as -StartTime.</summary>
    [Parameter]
    [TimeArgumentTransformation]
    public DateTime? EndTime { get; set; }

    /// <summary>Events per request (1-10000); the cmdlet still returns every page.</summary>
    [Parameter]
    [ValidateRange(1, 10_000)]
    public int? PageSize { get; set; }

    protected override void BeginProcessing()
    {
        if (StartTime is DateTime start && EndTime is DateTime end && end < start)
            ThrowInvalidArgument($"-EndTime ({end:o}) must not be earlier than -StartTime ({start:o}).", "EndBeforeStart", EndTime);
    }

    protected override void ProcessRecord()
    {
        if (LogStreamName is { Length: > 0 } && LogStreamNamePrefix is not null)
            ThrowInvalidArgument("Use -LogStreamName or -LogStreamNamePrefix, not both.", "StreamNameWithPrefix", LogStreamNamePrefix);
        if (LogStreamName is { Length: > MaxStreamNames })
            ThrowInvalidArgument($"-LogStreamName takes at most {MaxStreamNames} names; {LogStreamName.Length} were given.", "TooManyStreamNames", LogStreamName);

        var request = new FilterLogEventsRequest
        {
            LogGroupName = LogGroupName,
            LogStreamNames = LogStreamName is { Length: > 0 } ? LogStreamName.ToList() : null,
            LogStreamNamePrefix = LogStreamNamePrefix,
            FilterPattern = string.IsNullOrEmpty(FilterPattern) ? null : FilterPattern,
            StartTime = StartTime is DateTime s ? TimeInput.ToEpochMilliseconds(s) : null,
            EndTime = EndTime is DateTime e ? TimeInput.ToEpochMilliseconds(e) : null,
            Limit = PageSize,
        };
        TryForItem(LogGroupName, $"Log group '{LogGroupName}'", () =>
        {
            foreach (var page in SendPaged(CwLogsOperations.FilterLogEvents, request, p => p.NextToken))
                foreach (var e in page.Events ?? new List<FilteredLogEventData>())
                    WriteObject(e.ToLogEvent(LogGroupName));
        });
    }
}
