using System.Management.Automation;
using CwLogs.Client.Operations;

namespace CwLogs.Commands;

/// <summary>Deletes subscription filters (DeleteSubscriptionFilter): delivery to their destinations stops.</summary>
[Cmdlet(VerbsCommon.Remove, "CwLogSubscriptionFilter", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveCwLogSubscriptionFilterCommand : RemoveLogGroupFilterCmdlet<DeleteSubscriptionFilterRequest>
{
    private protected override string FilterKind => "subscription filter";

    private protected override CwLogsOperation<DeleteSubscriptionFilterRequest, EmptyResponse> DeleteOperation => CwLogsOperations.DeleteSubscriptionFilter;

    private protected override DeleteSubscriptionFilterRequest NewDeleteRequest(string logGroupName, string filterName)
        => new() { LogGroupName = logGroupName, FilterName = filterName };
}
