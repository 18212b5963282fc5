using System.Management.Automation;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure.Steps;
using CwLogs.Infrastructure.Validation;

namespace CwLogs.Commands;

/// <summary>Removes tags by key from log groups (UntagLogGroup) or resources by ARN (UntagResource); keys a resource lacks are ignored.</summary>
[Cmdlet(VerbsCommon.Remove, "CwLogTag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = LogGroupSet)]
[OutputType(typeof(void))]
public sealed class RemoveCwLogTagCommand : TagCmdlet, IForceSwitch
{
    /// <summary>The keys of the tags to remove (at most 50).</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ValidateNotNullOrEmpty]
    [ValidateTagKey]
    public string[] TagKey { get; set; } = Array.Empty<string>();

    /// <summary>Remove without asking for confirmation.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    protected override void ProcessRecord()
    {
        var keys = TagKey.Distinct(StringComparer.Ordinal).ToList();
        var action = "Remove tags " + string.Join(", ", keys);
        foreach (var target in Targets)
        {
            if (ByLogGroupName)
                Change(CwLogsOperations.UntagLogGroup, new UntagLogGroupRequest { LogGroupName = target, Tags = keys }, Item(target, action));
            else
                Change(CwLogsOperations.UntagResource, new UntagResourceRequest { ResourceArn = target, TagKeys = keys }, Item(target, action));
        }
    }
}
