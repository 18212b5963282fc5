using System.Management.Automation;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure;
using CwLogs.Infrastructure.Json;
using CwLogs.Model;

namespace CwLogs.Commands;

/// <summary>Creates or replaces a resource policy (PutResourcePolicy); writes the policy as the service stored it.</summary>
[Cmdlet(VerbsCommon.Set, "CwLogResourcePolicy", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(ResourcePolicy))]
public sealed class SetCwLogResourcePolicyCommand : CwLogsCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string PolicyName { get; set; } = "";

    /// <summary>JSON text, a hashtable, an ordered dictionary or a PSCustomObject; sent as compact JSON.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [PolicyDocumentTransformation]
    public string PolicyDocument { get; set; } = "";

    protected override void ProcessRecord()
    {
        var request = new PutResourcePolicyRequest { PolicyName = PolicyName, PolicyDocument = PolicyDocument };
        if (!IsValidRequest(request, PolicyName)) return;
        if (!ShouldProcess(PolicyName, "Create or replace resource policy")) return;
        TryForItem(PolicyName, $"Resource policy '{PolicyName}'", () =>
        {
            var response = Send(CwLogsOperations.PutResourcePolicy, request);
            if (response.ResourcePolicy is { } policy) WriteObject(policy.ToResourcePolicy());
        });
    }
}
