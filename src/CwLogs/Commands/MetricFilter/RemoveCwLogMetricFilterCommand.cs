using System.Management.Automation;
using CwLogs.Client.Operations;

namespace CwLogs.Commands;

/// <summary>Deletes metric filters (DeleteMetricFilter); the metrics already published stay in CloudWatch.</summary>
[Cmdlet(VerbsCommon.Remove, "CwLogMetricFilter", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveCwLogMetricFilterCommand : RemoveLogGroupFilterCmdlet<DeleteMetricFilterRequest>
{
    private protected override string FilterKind => "metric filter";

    private protected override CwLogsOperation<DeleteMetricFilterRequest, EmptyResponse> DeleteOperation => CwLogsOperations.DeleteMetricFilter;

    private protected override DeleteMetricFilterRequest NewDeleteRequest(string logGroupName, string filterName)
        => new() { LogGroupName = logGroupName, FilterName = filterName };
}
