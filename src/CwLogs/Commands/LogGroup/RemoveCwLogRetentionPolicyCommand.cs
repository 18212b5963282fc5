using System.Management.Automation;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure.Completion;
using CwLogs.Infrastructure.Validation;

namespace CwLogs.Commands;

/// <summary>Removes a log group's retention policy, so its events never expire (DeleteRetentionPolicy).</summary>
[Cmdlet(VerbsCommon.Remove, "CwLogRetentionPolicy", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveCwLogRetentionPolicyCommand : LogGroupCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ValidateLogGroupName]
    [ArgumentCompleter(typeof(LogGroupNameCompleter))]
    public string[] LogGroupName { get; set; } = Array.Empty<string>();

    /// <summary>Remove without asking for confirmation.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    protected override void ProcessRecord()
    {
        foreach (var name in LogGroupName)
        {
            if (!ShouldChange(name, "Remove retention policy (events will never expire)", Force)) continue;
            TryForItem(name, $"Log group '{name}'", () =>
                Send(CwLogsOperations.DeleteRetentionPolicy, new DeleteRetentionPolicyRequest { LogGroupName = name }));
        }
    }
}
