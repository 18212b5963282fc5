using System.Management.Automation;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure;
using CwLogs.Infrastructure.Completion;
using CwLogs.Infrastructure.Validation;
using CwLogs.Model;

namespace CwLogs.Commands;

/// <summary>Lists the log streams of log groups (DescribeLogStreams), streaming page by page.</summary>
[Cmdlet(VerbsCommon.Get, "CwLogStream")]
[OutputType(typeof(LogStream))]
public sealed class GetCwLogStreamCommand : CwLogsCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ValidateLogGroupName]
    [ArgumentCompleter(typeof(LogGroupNameCompleter))]
    public string[] LogGroupName { get; set; } = Array.Empty<string>();

    [Parameter(Position = 1)]
    [ValidateNotNullOrEmpty]
    [ValidateLogStreamName]
    public string? LogStreamNamePrefix { get; set; }

    [Parameter]
    public LogStreamOrder? OrderBy { get; set; }

    [Parameter]
    public SwitchParameter Descending { get; set; }

    /// <summary>Streams per request (1-50); the cmdlet still returns every page.</summary>
    [Parameter]
    [ValidateRange(1, 50)]
    public int? PageSize { get; set; }

    protected override void BeginProcessing()
    {
        // The service refuses this combination; say so before any call.
        if (LogStreamNamePrefix is not null && OrderBy == LogStreamOrder.LastEventTime)
            ThrowInvalidArgument("-LogStreamNamePrefix cannot be combined with -OrderBy LastEventTime.", "PrefixWithLastEventTime", LogStreamNamePrefix);
    }

    protected override void ProcessRecord()
    {
        foreach (var group in LogGroupName)
        {
            TryForItem(group, $"Log group '{group}'", () =>
            {
                var request = new DescribeLogStreamsRequest
                {
                    LogGroupName = group,
                    LogStreamNamePrefix = LogStreamNamePrefix,
                    OrderBy = OrderBy?.ToString(),
                    Descending = Descending ? true : null,
                    Limit = PageSize,
                };
                foreach (var page in SendPaged(CwLogsOperations.DescribeLogStreams, request, p => p.NextToken))
                    foreach (var stream in page.LogStreams ?? new List<LogStreamData>())
                        WriteObject(stream.ToLogStream(group));
            });
        }
    }
}
