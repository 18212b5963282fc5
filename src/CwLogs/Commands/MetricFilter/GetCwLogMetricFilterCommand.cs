using System.Management.Automation;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure;
using CwLogs.Infrastructure.Completion;
using CwLogs.Infrastructure.Validation;
using CwLogs.Model;

namespace CwLogs.Commands;

/// <summary>
/// Lists metric filters (DescribeMetricFilters), streaming page by page: those of log groups (optionally by
/// name prefix), and/or those that publish one metric (-MetricName with -MetricNamespace), across groups
/// when no -LogGroupName is given.
/// </summary>
[Cmdlet(VerbsCommon.Get, "CwLogMetricFilter")]
[OutputType(typeof(MetricFilter))]
public sealed class GetCwLogMetricFilterCommand : CwLogsCmdlet
{
    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ValidateLogGroupName]
    [ArgumentCompleter(typeof(LogGroupNameCompleter))]
    public string[] LogGroupName { get; set; } = Array.Empty<string>();

    /// <summary>Only filters whose name starts with this; needs -LogGroupName (the service ignores it otherwise).</summary>
    [Parameter(Position = 1)]
    [ValidateNotNullOrEmpty]
    public string? FilterNamePrefix { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? MetricName { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? MetricNamespace { get; set; }

    /// <summary>Filters per request (1-50); the cmdlet still returns every page.</summary>
    [Parameter]
    [ValidateRange(1, 50)]
    public int? PageSize { get; set; }

    protected override void BeginProcessing()
    {
        if ((MetricName is null) != (MetricNamespace is null))
            ThrowInvalidArgument("-MetricName and -MetricNamespace go together: give both or neither.", "MetricNameWithoutNamespace", MetricName ?? MetricNamespace);
    }

    protected override void ProcessRecord()
    {
        if (LogGroupName.Length == 0)
        {
            if (FilterNamePrefix is not null)
                ThrowInvalidArgument("-FilterNamePrefix needs -LogGroupName: the service only applies it within one log group.", "PrefixWithoutLogGroup", FilterNamePrefix);
            List(null);
            return;
        }
        foreach (var group in LogGroupName) List(group);
    }

    private void List(string? group)
    {
        var request = new DescribeMetricFiltersRequest
        {
            LogGroupName = group,
            FilterNamePrefix = FilterNamePrefix,
            MetricName = MetricName,
            MetricNamespace = MetricNamespace,
            Limit = PageSize,
        };
        object target = (object?)group ?? $"{MetricNamespace}/{MetricName}";
        if (!IsValidRequest(request, target)) return;
        TryForItem(target, group is null ? "Metric filters" : $"Log group '{group}'", () =>
        {
            foreach (var page in SendPaged(CwLogsOperations.DescribeMetricFilters, request))
                foreach (var filter in page.MetricFilters ?? new List<MetricFilterData>())
                    WriteObject(filter.ToMetricFilter(group));
        });
    }
}
