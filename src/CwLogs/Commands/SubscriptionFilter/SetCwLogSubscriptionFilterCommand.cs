using System.Management.Automation;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure;
using CwLogs.Infrastructure.Completion;
using CwLogs.Infrastructure.Validation;
using CwLogs.Model;

namespace CwLogs.Commands;

/// <summary>
/// Creates or replaces a subscription filter (PutSubscriptionFilter), which delivers matching events to a
/// Kinesis stream, Firehose stream, Lambda function or CloudWatch Logs destination. The service allows two
/// per log group; a third is a LimitExceeded error for that group.
/// </summary>
[Cmdlet(VerbsCommon.Set, "CwLogSubscriptionFilter", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(SubscriptionFilter))]
public sealed class SetCwLogSubscriptionFilterCommand : CwLogsCmdlet
{
    /// <summary>The destinations CloudWatch Logs delivers to, in any partition.</summary>
    private const string DestinationArnPattern = @"^arn:aws[a-z-]*:(kinesis|firehose|lambda|logs):[a-z0-9-]+:\d{12}:.+$";
    private const string RoleArnPattern = @"^arn:aws[a-z-]*:iam::\d{12}:role/.+$";

    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ValidateLogGroupName]
    [ArgumentCompleter(typeof(LogGroupNameCompleter))]
    public string LogGroupName { get; set; } = "";

    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string FilterName { get; set; } = "";

    /// <summary>The filter pattern; an empty string delivers every event.</summary>
    [Parameter(Mandatory = true, Position = 2, ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    public string FilterPattern { get; set; } = "";

    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateArn(DestinationArnPattern, "the ARN of a Kinesis stream, Firehose stream, Lambda function or CloudWatch Logs destination (e.g. arn:aws:lambda:us-east-2:123456789012:function:name)")]
    public string DestinationArn { get; set; } = "";

    /// <summary>The IAM role CloudWatch Logs assumes to put events into a Kinesis or Firehose stream.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateArn(RoleArnPattern, "an IAM role ARN (arn:aws:iam::123456789012:role/name)")]
    public string? RoleArn { get; set; }

    /// <summary>ByLogStream (the service's default) or Random: how events are spread over Kinesis shards.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public SubscriptionDistribution? Distribution { get; set; }

    /// <summary>Emit the filter as sent (CreationTime is not read back).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        var target = $"{LogGroupName}/{FilterName}";
        var request = new PutSubscriptionFilterRequest
        {
            LogGroupName = LogGroupName,
            FilterName = FilterName,
            FilterPattern = FilterPattern,
            DestinationArn = DestinationArn,
            RoleArn = RoleArn,
            Distribution = Distribution?.ToString(),
        };
        if (!IsValidRequest(request, target)) return;
        if (!ShouldProcess(target, $"Set subscription filter to {DestinationArn}")) return;
        TryForItem(target, $"Subscription filter '{FilterName}' in log group '{LogGroupName}'", () =>
        {
            Send(CwLogsOperations.PutSubscriptionFilter, request);
            if (PassThru)
            {
                WriteObject(new SubscriptionFilter
                {
                    LogGroupName = LogGroupName,
                    FilterName = FilterName,
                    FilterPattern = FilterPattern,
                    DestinationArn = DestinationArn,
                    RoleArn = RoleArn,
                    Distribution = Distribution,
                });
            }
        });
    }
}
