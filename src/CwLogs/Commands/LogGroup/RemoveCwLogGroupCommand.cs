using System.Management.Automation;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure.Completion;
using CwLogs.Infrastructure.Validation;

namespace CwLogs.Commands;

/// <summary>Deletes log groups and all their streams and events (DeleteLogGroup).</summary>
[Cmdlet(VerbsCommon.Remove, "CwLogGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveCwLogGroupCommand : LogGroupCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ValidateLogGroupName]
    [ArgumentCompleter(typeof(LogGroupNameCompleter))]
    public string[] LogGroupName { get; set; } = Array.Empty<string>();

    /// <summary>Delete without asking for confirmation.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    protected override void ProcessRecord()
    {
        foreach (var name in LogGroupName)
        {
            if (!ShouldChange(name, "Remove log group and all of its log events", Force)) continue;
            TryForItem(name, $"Log group '{name}'", () =>
                Send(CwLogsOperations.DeleteLogGroup, new DeleteLogGroupRequest { LogGroupName = name }));
        }
    }
}
