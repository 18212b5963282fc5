using System.Management.Automation;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure.Completion;
using CwLogs.Infrastructure.Validation;

namespace CwLogs.Commands;

/// <summary>
/// Stops log groups encrypting new data with their KMS key (DisassociateKmsKey). High impact: data
/// that arrives until a key is registered again is never encrypted with the customer's key.
/// </summary>
[Cmdlet(VerbsLifecycle.Unregister, "CwLogKmsKey", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class UnregisterCwLogKmsKeyCommand : LogGroupCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ValidateLogGroupName]
    [ArgumentCompleter(typeof(LogGroupNameCompleter))]
    public string[] LogGroupName { get; set; } = Array.Empty<string>();

    /// <summary>Unregister without asking for confirmation.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    protected override void ProcessRecord()
    {
        foreach (var name in LogGroupName)
        {
            var request = new DisassociateKmsKeyRequest { LogGroupName = name };
            if (!IsValidRequest(request, name)) continue;
            if (!ShouldChange(name, "Stop encrypting new log data with the group's KMS key", Force)) continue;
            TryForItem(name, $"Log group '{name}'", () => Send(CwLogsOperations.DisassociateKmsKey, request));
        }
    }
}
