using System.Management.Automation;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure;
using CwLogs.Infrastructure.Json;

namespace CwLogs.Commands;

/// <summary>
/// Sets the access policy of a destination (PutDestinationPolicy). -ForceUpdate is the service's forceUpdate
/// (needed to switch a policy from accounts to an organization); -Force only skips the confirmation.
/// </summary>
[Cmdlet(VerbsCommon.Set, "CwLogDestinationPolicy", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(void))]
public sealed class SetCwLogDestinationPolicyCommand : CwLogsCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string DestinationName { get; set; } = "";

    /// <summary>JSON text, a hashtable, an ordered dictionary or a PSCustomObject; sent as compact JSON.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [PolicyDocumentTransformation]
    public string AccessPolicy { get; set; } = "";

    /// <summary>Affirms that the accounts' subscription filters were updated before granting to an organization.</summary>
    [Parameter]
    public SwitchParameter ForceUpdate { get; set; }

    /// <summary>Replace the policy without asking for confirmation.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    protected override void ProcessRecord()
    {
        var request = new PutDestinationPolicyRequest
        {
            DestinationName = DestinationName,
            AccessPolicy = AccessPolicy,
            // Sent only when given, so -ForceUpdate:$false is the service's explicit false.
            ForceUpdate = MyInvocation.BoundParameters.ContainsKey(nameof(ForceUpdate)) ? ForceUpdate.IsPresent : null,
        };
        if (!IsValidRequest(request, DestinationName)) return;
        if (!ShouldChange(DestinationName, ForceUpdate ? "Replace access policy (forceUpdate)" : "Replace access policy", Force)) return;
        TryForItem(DestinationName, $"Destination '{DestinationName}'", () => Send(CwLogsOperations.PutDestinationPolicy, request));
    }
}
