using System.Management.Automation;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure;

namespace CwLogs.Commands;

/// <summary>Deletes destinations (DeleteDestination); subscription filters that use one stop delivering.</summary>
[Cmdlet(VerbsCommon.Remove, "CwLogDestination", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveCwLogDestinationCommand : CwLogsCmdlet
{
    // By property name only: any CwLogs object piped by value would turn into its name (ToString).
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[] DestinationName { get; set; } = Array.Empty<string>();

    /// <summary>Delete without asking for confirmation.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    protected override void ProcessRecord()
    {
        foreach (var name in DestinationName)
        {
            var request = new DeleteDestinationRequest { DestinationName = name };
            if (!IsValidRequest(request, name)) continue;
            if (!ShouldChange(name, "Remove destination", Force)) continue;
            TryForItem(name, $"Destination '{name}'", () => Send(CwLogsOperations.DeleteDestination, request));
        }
    }
}
