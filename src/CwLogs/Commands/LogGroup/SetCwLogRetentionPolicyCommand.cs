using System.Management.Automation;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure.Completion;
using CwLogs.Infrastructure.Validation;
using CwLogs.Model;

namespace CwLogs.Commands;

/// <summary>Sets how long a log group keeps events (PutRetentionPolicy).</summary>
[Cmdlet(VerbsCommon.Set, "CwLogRetentionPolicy", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(LogGroup))]
public sealed class SetCwLogRetentionPolicyCommand : LogGroupCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ValidateLogGroupName]
    [ArgumentCompleter(typeof(LogGroupNameCompleter))]
    public string[] LogGroupName { get; set; } = Array.Empty<string>();

    /// <summary>One of the values the service allows: 1, 3, 5, 7, 14, 30, 60, 90, ... 3653.</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ValidateRetentionDays]
    public int RetentionInDays { get; set; }

    /// <summary>Emit the group name with its new retention (other properties are not read back, so they are null).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        foreach (var name in LogGroupName)
        {
            if (!ShouldProcess(name, $"Set retention to {RetentionInDays} days")) continue;
            TryForItem(name, $"Log group '{name}'", () =>
            {
                Send(CwLogsOperations.PutRetentionPolicy, new PutRetentionPolicyRequest { LogGroupName = name, RetentionInDays = RetentionInDays });
                if (PassThru) WriteObject(new LogGroup { LogGroupName = name, RetentionInDays = RetentionInDays, NeverExpires = false });
            });
        }
    }
}
