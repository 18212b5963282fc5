using System.Management.Automation;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure;

namespace CwLogs.Commands;

/// <summary>Deletes resource policies (DeleteResourcePolicy); the services they let in can no longer write to the log groups.</summary>
[Cmdlet(VerbsCommon.Remove, "CwLogResourcePolicy", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveCwLogResourcePolicyCommand : CwLogsCmdlet
{
    // By property name only: any CwLogs object piped by value would turn into its name (ToString).
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[] PolicyName { get; set; } = Array.Empty<string>();

    /// <summary>Delete without asking for confirmation.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    protected override void ProcessRecord()
    {
        foreach (var name in PolicyName)
        {
            var request = new DeleteResourcePolicyRequest { PolicyName = name };
            if (!IsValidRequest(request, name)) continue;
            if (!ShouldChange(name, "Remove resource policy", Force)) continue;
            TryForItem(name, $"Resource policy '{name}'", () => Send(CwLogsOperations.DeleteResourcePolicy, request));
        }
    }
}
