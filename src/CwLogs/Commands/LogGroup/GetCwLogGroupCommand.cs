using System.Management.Automation;
using System.Net;
using CwLogs.Client.Errors;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure.Completion;
using CwLogs.Infrastructure.Validation;
using CwLogs.Model;

namespace CwLogs.Commands;

/// <summary>
/// Lists log groups (DescribeLogGroups), streaming page by page. Names are exact or wildcards
/// (the positional parameter, so that `Get-CwLogGroup prod | Remove-CwLogGroup` never means prod*);
/// the service's prefix and pattern searches are there by parameter name.
/// </summary>
[Cmdlet(VerbsCommon.Get, "CwLogGroup", DefaultParameterSetName = NameSet)]
[OutputType(typeof(LogGroup))]
public sealed class GetCwLogGroupCommand : LogGroupCmdlet
{
    private const string NameSet = "Name";
    private const string PrefixSet = "Prefix";
    private const string PatternSet = "Pattern";

    /// <summary>Exact names or wildcards; a missing exact name is a non-terminating ObjectNotFound error. None: every group.</summary>
    [Parameter(ParameterSetName = NameSet, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ValidateLogGroupName(Wildcards = true)]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(LogGroupNameCompleter))]
    public string[] LogGroupName { get; set; } = Array.Empty<string>();

    [Parameter(ParameterSetName = PrefixSet)]
    [ValidateNotNullOrEmpty]
    [ValidateLogGroupName(Prefix = true)]
    public string? LogGroupNamePrefix { get; set; }

    /// <summary>Case-sensitive substring of the name.</summary>
    [Parameter(ParameterSetName = PatternSet, Mandatory = true)]
    [ValidateNotNullOrEmpty]
    public string? LogGroupNamePattern { get; set; }

    [Parameter]
    public LogGroupClass? LogGroupClass { get; set; }

    // Names written so far, when names were given: a group that several names match ('a', 'a*') is written once.
    private readonly HashSet<string> _written = new(StringComparer.Ordinal);

    /// <summary>Groups per request (1-50); the cmdlet still returns every page. Not for names.</summary>
    [Parameter(ParameterSetName = PrefixSet)]
    [Parameter(ParameterSetName = PatternSet)]
    [ValidateRange(1, 50)]
    public int? PageSize { get; set; }

    protected override void ProcessRecord()
    {
        if (ParameterSetName != NameSet)
        {
            WriteListing(LogGroupNamePrefix ?? LogGroupNamePattern ?? "*", new DescribeLogGroupsRequest
            {
                LogGroupNamePrefix = LogGroupNamePrefix,
                LogGroupNamePattern = LogGroupNamePattern,
                Limit = PageSize,
            }, _ => true);
            return;
        }

        if (LogGroupName.Length == 0)
        {
            WriteListing("*", new DescribeLogGroupsRequest(), _ => true);
            return;
        }

        foreach (var name in LogGroupName)
        {
            if (NameWildcard.IsLogGroupPattern(name))
            {
                var wildcard = new NameWildcard(name);
                WriteListing(name, new DescribeLogGroupsRequest { LogGroupNamePrefix = wildcard.ServicePrefix },
                    g => wildcard.IsMatch(g.LogGroupName) && _written.Add(g.LogGroupName!));
            }
            else if (!_written.Contains(name))
            {
                WriteExact(name);
            }
        }
    }

    private void WriteListing(string target, DescribeLogGroupsRequest request, Func<LogGroupData, bool> wanted)
    {
        request.LogGroupClass = LogGroupClass?.ToString();
        var describesRetention = request.LogGroupNamePattern is null;
        TryForItem(target, "Listing log groups", () =>
        {
            foreach (var page in DescribeLogGroupPages(request))
                foreach (var group in page.LogGroups ?? new List<LogGroupData>())
                    if (wanted(group)) WriteObject(group.ToLogGroup(describesRetention));
        });
    }

    private void WriteExact(string name)
    {
        TryForItem(name, $"Log group '{name}'", () =>
        {
            // Reported like the service's own not-found error, so scripts can handle both alike.
            var group = FindLogGroup(name)
                ?? throw ServiceErrors.Create("ResourceNotFoundException", "The specified log group does not exist.", null, HttpStatusCode.BadRequest);
            if (LogGroupClass is null || string.Equals(group.LogGroupClass, LogGroupClass.ToString(), StringComparison.Ordinal))
            {
                _written.Add(name);
                WriteObject(group);
            }
        });
    }
}
