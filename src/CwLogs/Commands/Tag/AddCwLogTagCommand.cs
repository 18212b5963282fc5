using System.Collections;
using System.Management.Automation;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure.Validation;

namespace CwLogs.Commands;

/// <summary>Adds tags to log groups (TagLogGroup) or resources by ARN (TagResource); a tag that exists gets the new value.</summary>
[Cmdlet(VerbsCommon.Add, "CwLogTag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = LogGroupSet)]
[OutputType(typeof(void))]
public sealed class AddCwLogTagCommand : TagCmdlet
{
    private Dictionary<string, string> _tags = new();

    /// <summary>Tags as a hashtable, e.g. @{ team = 'ops' }; an empty one changes nothing.</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ValidateNotNull]
    [ValidateTag]
    public IDictionary Tag { get; set; } = new Hashtable();

    protected override void BeginProcessing()
    {
        _tags = TagRules.ToTags(Tag);
        if (_tags.Count == 0) WriteVerbose("-Tag is empty: there is nothing to add.");
    }

    protected override void ProcessRecord()
    {
        // The service refuses an empty tag map: @{} means no change, not an error.
        if (_tags.Count == 0) return;
        var action = "Add tags " + string.Join(", ", _tags.Select(t => $"{t.Key}={t.Value}"));
        foreach (var target in Targets)
        {
            if (ByLogGroupName)
                Change(CwLogsOperations.TagLogGroup, new TagLogGroupRequest { LogGroupName = target, Tags = _tags }, Item(target, action));
            else
                Change(CwLogsOperations.TagResource, new TagResourceRequest { ResourceArn = target, Tags = _tags }, Item(target, action));
        }
    }
}
