using System.Collections;
using System.Management.Automation;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure.Validation;
using CwLogs.Model;

namespace CwLogs.Commands;

/// <summary>Creates log groups (CreateLogGroup).</summary>
[Cmdlet(VerbsCommon.New, "CwLogGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(LogGroup))]
public sealed class NewCwLogGroupCommand : LogGroupCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ValidateLogGroupName]
    public string[] LogGroupName { get; set; } = Array.Empty<string>();

    /// <summary>The ARN of a KMS key to encrypt the group's data with.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? KmsKeyId { get; set; }

    /// <summary>Tags as a hashtable, e.g. @{ team = 'ops' }.</summary>
    [Parameter]
    [ValidateTag]
    public Hashtable? Tag { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public LogGroupClass? LogGroupClass { get; set; }

    /// <summary>Emit the created group, as far as it is known without reading it back.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        foreach (var name in LogGroupName)
        {
            if (!ShouldProcess(name, "Create log group")) continue;
            TryForItem(name, $"Log group '{name}'", () =>
            {
                Send(CwLogsOperations.CreateLogGroup, new CreateLogGroupRequest
                {
                    LogGroupName = name,
                    KmsKeyId = KmsKeyId,
                    LogGroupClass = LogGroupClass?.ToString(),
                    Tags = TagRules.ToTagsOrNone(Tag),
                });
                if (PassThru) WriteObject(Created(name));
            });
        }
    }

    /// <summary>
    /// What is known without a DescribeLogGroups call (which may not see the new group yet): the ARN
    /// needs the account and the creation time the service's clock, so both stay null. A new group
    /// has no retention policy, so NeverExpires is the truth.
    /// </summary>
    private LogGroup Created(string name) => new()
    {
        LogGroupName = name,
        NeverExpires = true,
        LogGroupClass = (LogGroupClass ?? Model.LogGroupClass.STANDARD).ToString(),
        KmsKeyId = KmsKeyId,
    };
}
