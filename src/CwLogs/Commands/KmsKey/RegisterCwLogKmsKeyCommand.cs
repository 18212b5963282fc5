using System.Management.Automation;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure.Completion;
using CwLogs.Infrastructure.Validation;
using CwLogs.Model;

namespace CwLogs.Commands;

/// <summary>Has log groups encrypt their new data with a KMS key (AssociateKmsKey).</summary>
[Cmdlet(VerbsLifecycle.Register, "CwLogKmsKey", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(LogGroup))]
public sealed class RegisterCwLogKmsKeyCommand : LogGroupCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ValidateLogGroupName]
    [ArgumentCompleter(typeof(LogGroupNameCompleter))]
    public string[] LogGroupName { get; set; } = Array.Empty<string>();

    /// <summary>The key's ARN (arn:aws:kms:REGION:ACCOUNT:key/ID); also bound by property name, e.g. from a CSV.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ValidateKmsKeyArn]
    public string KmsKeyId { get; set; } = "";

    /// <summary>Emit the group name with its key (other properties are not read back, so they are null).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        foreach (var name in LogGroupName)
        {
            var request = new AssociateKmsKeyRequest { LogGroupName = name, KmsKeyId = KmsKeyId };
            if (!IsValidRequest(request, name) || !ShouldProcess(name, $"Encrypt new log data with KMS key {KmsKeyId}")) continue;
            TryForItem(name, $"Log group '{name}'", () =>
            {
                Send(CwLogsOperations.AssociateKmsKey, request);
                if (PassThru) WriteObject(new LogGroup { LogGroupName = name, KmsKeyId = KmsKeyId });
            });
        }
    }
}
