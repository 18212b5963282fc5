using System.Management.Automation;
using System.Net;
using CwLogs.Client.Errors;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure;
using CwLogs.Infrastructure.Completion;
using CwLogs.Infrastructure.Errors;
using CwLogs.Infrastructure.Validation;
using CwLogs.Model;

namespace CwLogs.Commands;

/// <summary>
/// Lists the log streams of log groups (DescribeLogStreams), streaming page by page. Stream names are exact or
/// wildcards with a '*' (the positional parameter, so that `Get-CwLogStream g web | Remove-CwLogStream` never
/// means web*), as Get-CwLogGroup's group names are; the service's prefix search is there by parameter name.
/// </summary>
[Cmdlet(VerbsCommon.Get, "CwLogStream", DefaultParameterSetName = NameSet)]
[OutputType(typeof(LogStream))]
public sealed class GetCwLogStreamCommand : CwLogsCmdlet
{
    private const string NameSet = "Name";
    private const string PrefixSet = "Prefix";

    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ValidateLogGroupName]
    [ArgumentCompleter(typeof(LogGroupNameCompleter))]
    public string[] LogGroupName { get; set; } = Array.Empty<string>();

    /// <summary>Exact names, or wildcards with a '*'; a missing exact name is a non-terminating ResourceNotFound error. None: every stream.</summary>
    [Parameter(Position = 1, ParameterSetName = NameSet)]
    [ValidateNotNullOrEmpty]
    [ValidateLogStreamName(Wildcards = true)]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(LogStreamNameCompleter))]
    public string[] LogStreamName { get; set; } = Array.Empty<string>();

    [Parameter(Mandatory = true, ParameterSetName = PrefixSet)]
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
                if (LogStreamName.Length == 0)
                {
                    var request = Listing(group);
                    request.LogStreamNamePrefix = LogStreamNamePrefix;
                    foreach (var page in DescribeLogStreamPages(request))
                        foreach (var stream in page.LogStreams ?? new List<LogStreamData>())
                            WriteObject(stream.ToLogStream(group));
                    return;
                }
                // A stream that several of the names match is written once.
                var written = LogStreamName.Length > 1 ? new HashSet<string>(StringComparer.Ordinal) : null;
                foreach (var name in LogStreamName)
                {
                    if (NameWildcard.IsLogStreamPattern(name)) WriteMatching(group, new NameWildcard(name), written);
                    else WriteExact(group, name, written);
                }
            });
        }
    }

    private DescribeLogStreamsRequest Listing(string group) => new()
    {
        LogGroupName = group,
        OrderBy = OrderBy?.ToString(),
        Descending = Descending ? true : null,
        Limit = PageSize,
    };

    private IEnumerable<DescribeLogStreamsResponse> DescribeLogStreamPages(DescribeLogStreamsRequest request)
        => SendPaged(CwLogsOperations.DescribeLogStreams, request);

    private void WriteMatching(string group, NameWildcard wildcard, HashSet<string>? written)
    {
        foreach (var stream in LogStreamLookup.Matching(Listing(group), wildcard, DescribeLogStreamPages))
            if (written?.Add(stream.LogStreamName ?? "") != false) WriteObject(stream.ToLogStream(group));
    }

    private void WriteExact(string group, string name, HashSet<string>? written)
    {
        if (LogStreamLookup.FindExact(group, name, DescribeLogStreamPages) is not { } stream)
        {
            // Reported like the service's own not-found error, so scripts can handle both alike.
            var missing = ServiceErrors.Create("ResourceNotFoundException", "The specified log stream does not exist.", null, HttpStatusCode.BadRequest);
            WriteError(ServiceErrorRecords.From(missing, name, $"Log stream '{name}' in log group '{group}'"));
            return;
        }
        if (written?.Add(name) != false) WriteObject(stream.ToLogStream(group));
    }
}
