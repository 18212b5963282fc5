using System.Management.Automation;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure;
using CwLogs.Infrastructure.Completion;
using CwLogs.Infrastructure.Steps;
using CwLogs.Infrastructure.Validation;

namespace CwLogs.Commands;

/// <summary>
/// Shared by the tag cmdlets: a log group by name (the TagLogGroup family of operations) or any
/// CloudWatch Logs resource by ARN (the TagResource family). A piped LogGroup binds by LogGroupName;
/// ResourceArn has no Arn alias, because a LogGroup's Arn ends in ":*", which the service refuses.
/// </summary>
public abstract class TagCmdlet : CwLogsCmdlet
{
    private protected const string LogGroupSet = "LogGroupName";
    private protected const string ResourceArnSet = "ResourceArn";

    [Parameter(ParameterSetName = LogGroupSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ValidateLogGroupName]
    [ArgumentCompleter(typeof(LogGroupNameCompleter))]
    public string[] LogGroupName { get; set; } = Array.Empty<string>();

    /// <summary>ARNs of CloudWatch Logs resources, e.g. a log group's LogGroupArn.</summary>
    [Parameter(ParameterSetName = ResourceArnSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ValidateResourceArn]
    public string[] ResourceArn { get; set; } = Array.Empty<string>();

    private protected bool ByLogGroupName => ParameterSetName == LogGroupSet;

    /// <summary>The log groups or ARNs of this pipeline record.</summary>
    private protected string[] Targets => ByLogGroupName ? LogGroupName : ResourceArn;

    /// <summary>Names the target in error messages: "Log group 'app'" or "Resource 'arn:...'".</summary>
    private protected string Describe(string target) => ByLogGroupName ? $"Log group '{target}'" : $"Resource '{target}'";

    /// <summary>One target of a change, for the base's change step.</summary>
    private protected ItemAction Item(string target, string action) => new(target, action, Describe(target));
}
