using System.Collections;
using System.Management.Automation;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure;
using CwLogs.Infrastructure.Validation;
using CwLogs.Model;

namespace CwLogs.Commands;

/// <summary>Creates a destination, or points an existing one at a new target and role (PutDestination); writes the destination.</summary>
[Cmdlet(VerbsCommon.Set, "CwLogDestination", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Destination))]
public sealed class SetCwLogDestinationCommand : CwLogsCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string DestinationName { get; set; } = "";

    /// <summary>The ARN of the Kinesis stream or Firehose stream that receives the events.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string TargetArn { get; set; } = "";

    /// <summary>The ARN of the role that lets CloudWatch Logs write to the target.</summary>
    [Parameter(Mandatory = true, Position = 2, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string RoleArn { get; set; } = "";

    /// <summary>Tags for a new destination, e.g. @{ team = 'ops' }.</summary>
    [Parameter]
    [ValidateTag]
    public Hashtable? Tag { get; set; }

    protected override void ProcessRecord()
    {
        var request = new PutDestinationRequest { DestinationName = DestinationName, TargetArn = TargetArn, RoleArn = RoleArn, Tags = TagRules.ToTagsOrNone(Tag) };
        if (!IsValidRequest(request, DestinationName)) return;
        if (!ShouldProcess(DestinationName, $"Create or update destination to {TargetArn}")) return;
        TryForItem(DestinationName, $"Destination '{DestinationName}'", () =>
        {
            var response = Send(CwLogsOperations.PutDestination, request);
            if (response.Destination is { } destination) WriteObject(destination.ToDestination());
        });
    }
}
