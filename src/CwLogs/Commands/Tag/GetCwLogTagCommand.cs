using System.Management.Automation;
using CwLogs.Client.Operations;
using CwLogs.Model;

namespace CwLogs.Commands;

/// <summary>Lists the tags of log groups (ListTagsLogGroup) or resources by ARN (ListTagsForResource): one object per resource.</summary>
[Cmdlet(VerbsCommon.Get, "CwLogTag", DefaultParameterSetName = LogGroupSet)]
[OutputType(typeof(LogGroupTags), ParameterSetName = new[] { LogGroupSet })]
[OutputType(typeof(ResourceArnTags), ParameterSetName = new[] { ResourceArnSet })]
public sealed class GetCwLogTagCommand : TagCmdlet
{
    protected override void ProcessRecord()
    {
        foreach (var target in Targets)
        {
            if (ByLogGroupName)
            {
                var request = new ListTagsLogGroupRequest { LogGroupName = target };
                if (!IsValidRequest(request, target)) continue;
                TryForItem(target, Describe(target), () =>
                    WriteObject(TagMapping.ForLogGroup(target, Send(CwLogsOperations.ListTagsLogGroup, request).Tags)));
            }
            else
            {
                var request = new ListTagsForResourceRequest { ResourceArn = target };
                if (!IsValidRequest(request, target)) continue;
                TryForItem(target, Describe(target), () =>
                    WriteObject(TagMapping.ForResource(target, Send(CwLogsOperations.ListTagsForResource, request).Tags)));
            }
        }
    }
}
