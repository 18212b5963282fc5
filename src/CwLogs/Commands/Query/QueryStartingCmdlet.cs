using System.Management.Automation;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure.Completion;
using CwLogs.Infrastructure.Time;
using CwLogs.Infrastructure.Validation;
using CwLogs.Model;

namespace CwLogs.Commands;

/// <summary>
/// What Start-CwLogQuery and Invoke-CwLogQuery share: the groups (gathered from the whole pipeline, one query
/// reads them all), the query text, the time window (the wire takes epoch seconds) and the row limit.
/// </summary>
public abstract class QueryStartingCmdlet : QueryWaitingCmdlet
{
    private const int MaxLogGroups = 50;
    private protected const int MaxLimit = 10_000;
    private readonly List<string> _names = new();
    private readonly List<string> _identifiers = new();

    /// <summary>
    /// Groups to query (the pipeline's groups add up to one query); at most 50. LogGroupNames binds the
    /// groups of a piped saved query (Get-CwLogQueryDefinition) or query (Get-CwLogQuery).
    /// </summary>
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("LogGroupNames")]
    [ValidateNotNull] // not ...OrEmpty: a saved query without groups binds none, and gets NoLogGroups, not a binding error
    [ValidateLogGroupName]
    [ArgumentCompleter(typeof(LogGroupNameCompleter))]
    public string[]? LogGroupName { get; set; }

    /// <summary>Groups by name or ARN (needed for groups of other accounts in a monitoring account).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[]? LogGroupIdentifier { get; set; }

    /// <summary>Oldest event to read: a DateTime, ISO 8601, epoch ms, or an age such as 15m, 1h, 2d.</summary>
    [Parameter(Mandatory = true)]
    [TimeArgumentTransformation]
    public DateTime StartTime { get; set; }

    /// <summary>Newest event to read (inclusive, to the second); now when left out.</summary>
    [Parameter]
    [TimeArgumentTransformation]
    public DateTime? EndTime { get; set; }

    /// <summary>Most rows to return (1-10000); a `limit` command in the query wins. The service's default is 1000.</summary>
    [Parameter]
    [ValidateRange(1, MaxLimit)]
    public int? Limit { get; set; }

    private protected IReadOnlyList<string> GroupNames => _names;

    private protected IReadOnlyList<string> GroupIdentifiers => _identifiers;

    protected override void BeginProcessing()
    {
        if (EndTime is DateTime end && end < StartTime)
            ThrowInvalidArgument($"-EndTime ({end:o}) must be no earlier than -StartTime ({StartTime:o}).", "EndBeforeStart", EndTime);
    }

    protected override void ProcessRecord()
    {
        if (LogGroupName is not null) _names.AddRange(LogGroupName);
        if (LogGroupIdentifier is not null) _identifiers.AddRange(LogGroupIdentifier);
    }

    /// <summary>Drops the groups gathered so far: a piped saved query runs on its own groups only.</summary>
    private protected void ForgetGroups()
    {
        _names.Clear();
        _identifiers.Clear();
    }

    /// <summary>The StartQuery request, or null after an error record when the input cannot make one.</summary>
    private protected StartQueryRequest? BuildRequest(string queryString, IReadOnlyList<string>? savedGroups)
    {
        var names = _names.Count > 0 || _identifiers.Count > 0 ? _names.Distinct(StringComparer.Ordinal).ToList() : savedGroups?.ToList() ?? new List<string>();
        var identifiers = _identifiers.Distinct(StringComparer.Ordinal).ToList();
        if (names.Count > 0 && identifiers.Count > 0)
            ThrowInvalidArgument("Use -LogGroupName or -LogGroupIdentifier, not both.", "NamesWithIdentifiers", identifiers);
        if (names.Count + identifiers.Count == 0)
            ThrowInvalidArgument("Name the log groups to query: -LogGroupName or -LogGroupIdentifier (or pipe log groups in).", "NoLogGroups", null);
        if (names.Count + identifiers.Count > MaxLogGroups)
            ThrowInvalidArgument($"A query reads at most {MaxLogGroups} log groups; {names.Count + identifiers.Count} were given.", "TooManyLogGroups", names.Count > 0 ? names : identifiers);

        var request = new StartQueryRequest
        {
            LogGroupNames = names.Count > 0 ? names : null,
            LogGroupIdentifiers = identifiers.Count > 0 ? identifiers : null,
            QueryString = queryString,
            StartTime = TimeInput.ToEpochMilliseconds(StartTime) / 1000,
            EndTime = TimeInput.ToEpochMilliseconds(EndTime ?? DateTime.UtcNow) / 1000,
            Limit = Limit,
        };
        return IsValidRequest(request, queryString) ? request : null;
    }

    private protected static LogQuery Describe(StartQueryRequest request, string queryId) => new()
    {
        QueryId = queryId,
        QueryString = request.QueryString,
        LogGroupNames = request.LogGroupNames?.ToArray() ?? Array.Empty<string>(),
        LogGroupIdentifiers = request.LogGroupIdentifiers?.ToArray() ?? Array.Empty<string>(),
        StartTime = TimeOutput.FromEpochMilliseconds(request.StartTime!.Value * 1000),
        EndTime = TimeOutput.FromEpochMilliseconds(request.EndTime!.Value * 1000),
        Limit = request.Limit,
    };

    private protected static string Target(StartQueryRequest request)
        => string.Join(", ", (IEnumerable<string>?)request.LogGroupNames ?? request.LogGroupIdentifiers ?? Array.Empty<string>());
}
