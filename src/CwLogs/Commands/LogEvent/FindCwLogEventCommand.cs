using System.Management.Automation;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure.Completion;
using CwLogs.Infrastructure.Validation;
using CwLogs.Model;

namespace CwLogs.Commands;

/// <summary>Searches a log group's events with a filter pattern (FilterLogEvents), streaming page by page.</summary>
[Cmdlet(VerbsCommon.Find, "CwLogEvent")]
[OutputType(typeof(LogEvent))]
public sealed class FindCwLogEventCommand : LogEventQueryCmdlet
{
    private const int MaxStreamNames = 100;

    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ValidateLogGroupName]
    [ArgumentCompleter(typeof(LogGroupNameCompleter))]
    public string LogGroupName { get; set; } = "";

    /// <summary>CloudWatch Logs filter pattern, e.g. '"NullReferenceException"' or '{ $.level = "error" }'.</summary>
    [Parameter(Position = 1)]
    public string? FilterPattern { get; set; }

    /// <summary>Only these streams (at most 100).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ValidateLogStreamName]
    [ArgumentCompleter(typeof(LogStreamNameCompleter))]
    public string[]? LogStreamName { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    [ValidateLogStreamName]
    public string? LogStreamNamePrefix { get; set; }

    /// <summary>Events per request (1-10000); the cmdlet still returns every page.</summary>
    [Parameter]
    [ValidateRange(1, 10_000)]
    public int? PageSize { get; set; }

    /// <summary>Read on from this token: the NextToken of the error (its TargetObject) of a search that stopped part-way.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? NextToken { get; set; }

    /// <summary>FilterLogEvents includes events at exactly EndTime.</summary>
    private protected override bool EndTimeIsInclusive => true;

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
            StartTime = StartMilliseconds,
            EndTime = EndMilliseconds,
            Limit = PageSize,
            NextToken = NextToken,
        };
        TryForItem(LogGroupName, $"Log group '{LogGroupName}'", () =>
        {
            foreach (var page in SendPagedAhead(CwLogsOperations.FilterLogEvents, request, p => p.Events?.LastOrDefault()?.Timestamp))
                foreach (var e in page.Events ?? new List<FilteredLogEventData>())
                    WriteEvent(e.ToLogEvent(LogGroupName));
        });
    }
}
