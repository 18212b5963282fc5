using System.Management.Automation;
using System.Net;
using CwLogs.Client.Errors;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure.Completion;
using CwLogs.Infrastructure.Validation;
using CwLogs.Model;

namespace CwLogs.Commands;

/// <summary>Lists log groups (DescribeLogGroups), streaming page by page.</summary>
[Cmdlet(VerbsCommon.Get, "CwLogGroup", DefaultParameterSetName = PrefixSet)]
[OutputType(typeof(LogGroup))]
public sealed class GetCwLogGroupCommand : LogGroupCmdlet
{
    private const string PrefixSet = "Prefix";
    private const string PatternSet = "Pattern";
    private const string NameSet = "Name";

    [Parameter(ParameterSetName = PrefixSet, Position = 0)]
    [ValidateNotNullOrEmpty]
    [ValidateLogGroupName(Prefix = true)]
    public string? LogGroupNamePrefix { get; set; }

    /// <summary>Case-insensitive substring of the name.</summary>
    [Parameter(ParameterSetName = PatternSet, Mandatory = true)]
    [ValidateNotNullOrEmpty]
    public string? LogGroupNamePattern { get; set; }

    /// <summary>Exact names; a missing one is a non-terminating ObjectNotFound error.</summary>
    [Parameter(ParameterSetName = NameSet, Mandatory = true, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ValidateLogGroupName]
    [ArgumentCompleter(typeof(LogGroupNameCompleter))]
    public string[] LogGroupName { get; set; } = Array.Empty<string>();

    [Parameter]
    [ValidateSet("STANDARD", "INFREQUENT_ACCESS", "DELIVERY")]
    public string? LogGroupClass { get; set; }

    /// <summary>Groups per request (1-50); the cmdlet still returns every page. Not for exact names.</summary>
    [Parameter(ParameterSetName = PrefixSet)]
    [Parameter(ParameterSetName = PatternSet)]
    [ValidateRange(1, 50)]
    public int? PageSize { get; set; }

    protected override void ProcessRecord()
    {
        if (ParameterSetName != NameSet)
        {
            var request = new DescribeLogGroupsRequest
            {
                LogGroupNamePrefix = LogGroupNamePrefix,
                LogGroupNamePattern = LogGroupNamePattern,
                LogGroupClass = LogGroupClass,
                Limit = PageSize,
            };
            TryForItem(LogGroupNamePrefix ?? LogGroupNamePattern ?? "*", "Listing log groups", () =>
            {
                foreach (var page in DescribeLogGroupPages(request))
                    foreach (var group in page.LogGroups ?? new List<LogGroupData>())
                        WriteObject(group.ToLogGroup());
            });
            return;
        }

        foreach (var name in LogGroupName)
        {
            TryForItem(name, $"Log group '{name}'", () =>
            {
                // Reported like the service's own not-found error, so scripts can handle both alike.
                var group = FindLogGroup(name)
                    ?? throw ServiceErrors.Create("ResourceNotFoundException", "The specified log group does not exist.", null, HttpStatusCode.BadRequest);
                if (LogGroupClass is null || string.Equals(group.LogGroupClass, LogGroupClass, StringComparison.OrdinalIgnoreCase))
                    WriteObject(group);
            });
        }
    }
}
