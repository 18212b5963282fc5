using System.Collections;
using System.Management.Automation;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure;
using CwLogs.Infrastructure.Completion;
using CwLogs.Infrastructure.Validation;
using CwLogs.Model;

namespace CwLogs.Commands;

/// <summary>
/// Creates or replaces a metric filter (PutMetricFilter). The common case takes -MetricName, -MetricNamespace
/// and friends; -MetricTransformation takes a MetricTransformation object instead (e.g. piped from
/// Get-CwLogMetricFilter, to copy a filter to another group).
/// </summary>
[Cmdlet(VerbsCommon.Set, "CwLogMetricFilter", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = SingleSet)]
[OutputType(typeof(MetricFilter))]
public sealed class SetCwLogMetricFilterCommand : CwLogsCmdlet
{
    private const string SingleSet = "Metric";
    private const string TransformationSet = "Transformation";

    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ValidateLogGroupName]
    [ArgumentCompleter(typeof(LogGroupNameCompleter))]
    public string LogGroupName { get; set; } = "";

    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string FilterName { get; set; } = "";

    /// <summary>The filter pattern; an empty string matches every event.</summary>
    [Parameter(Mandatory = true, Position = 2, ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    public string FilterPattern { get; set; } = "";

    [Parameter(Mandatory = true, ParameterSetName = SingleSet)]
    [ValidateNotNullOrEmpty]
    public string MetricName { get; set; } = "";

    [Parameter(Mandatory = true, ParameterSetName = SingleSet)]
    [ValidateNotNullOrEmpty]
    public string MetricNamespace { get; set; } = "";

    /// <summary>What each match publishes: a number (default 1) or an extracted field such as '$bytes'.</summary>
    [Parameter(ParameterSetName = SingleSet)]
    [ValidateNotNullOrEmpty]
    public string MetricValue { get; set; } = "1";

    [Parameter(ParameterSetName = SingleSet)]
    public double? DefaultValue { get; set; }

    [Parameter(ParameterSetName = SingleSet)]
    [ValidateStandardUnit]
    [ArgumentCompleter(typeof(StandardUnitCompleter))]
    public string? Unit { get; set; }

    /// <summary>Dimension name → extracted field, e.g. @{ User = '$user' } (at most 3).</summary>
    [Parameter(ParameterSetName = SingleSet)]
    public Hashtable? Dimensions { get; set; }

    /// <summary>The transformation as an object; the service takes exactly one per filter.</summary>
    [Parameter(Mandatory = true, ParameterSetName = TransformationSet, ValueFromPipelineByPropertyName = true)]
    [Alias("MetricTransformations")]
    [ValidateNotNullOrEmpty]
    public MetricTransformation[] MetricTransformation { get; set; } = Array.Empty<MetricTransformation>();

    /// <summary>Emit the filter as sent (CreationTime is not read back).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        var target = $"{LogGroupName}/{FilterName}";
        var transformations = Transformations(target);
        if (transformations is null) return;
        var request = new PutMetricFilterRequest
        {
            LogGroupName = LogGroupName,
            FilterName = FilterName,
            FilterPattern = FilterPattern,
            MetricTransformations = transformations.Select(t => t.ToData()).ToList(),
        };
        if (!IsValidRequest(request, target)) return;
        if (request.MetricTransformations.Any(t => !IsValidRequest(t, target))) return;
        if (!ShouldProcess(target, "Set metric filter")) return;
        TryForItem(target, $"Metric filter '{FilterName}' in log group '{LogGroupName}'", () =>
        {
            Send(CwLogsOperations.PutMetricFilter, request);
            if (PassThru)
                WriteObject(new MetricFilter { LogGroupName = LogGroupName, FilterName = FilterName, FilterPattern = FilterPattern, MetricTransformations = transformations });
        });
    }

    /// <summary>The transformations to send, or null (after an error for this item) when the input is bad.</summary>
    private MetricTransformation[]? Transformations(string target)
    {
        if (ParameterSetName == TransformationSet)
        {
            if (MetricTransformation.Length == 1 && MetricTransformation[0] is { } given)
                return Checked(given, target) ? MetricTransformation : null;
            return Refuse($"-MetricTransformation takes exactly one transformation (the service allows one per filter); got {MetricTransformation.Length}.", target);
        }
        var dimensions = MetricDimensions.From(Dimensions, out var problem);
        if (problem is not null) return Refuse(problem, target);
        var single = new MetricTransformation
        {
            MetricName = MetricName,
            MetricNamespace = MetricNamespace,
            MetricValue = MetricValue,
            DefaultValue = DefaultValue,
            Dimensions = dimensions,
            Unit = CwLogsEnums.StandardUnit.Values.Canonical(Unit),
        };
        return Checked(single, target) ? new[] { single } : null;
    }

    private bool Checked(MetricTransformation transformation, string target)
    {
        // The service publishes no default for a metric with dimensions; say so before the call.
        if (transformation.DefaultValue is not null && transformation.Dimensions is { Count: > 0 })
        {
            Refuse("-DefaultValue cannot be combined with -Dimensions: a metric with dimensions has no default value.", target);
            return false;
        }
        return true;
    }

    private MetricTransformation[]? Refuse(string message, string target)
    {
        WriteError(new ErrorRecord(new ArgumentException(message), "InvalidMetricTransformation", ErrorCategory.InvalidArgument, target));
        return null;
    }
}
