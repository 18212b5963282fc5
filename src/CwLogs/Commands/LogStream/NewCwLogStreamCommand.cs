using System.Management.Automation;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure;
using CwLogs.Infrastructure.Completion;
using CwLogs.Infrastructure.Validation;
using CwLogs.Model;

namespace CwLogs.Commands;

/// <summary>Creates log streams in a log group (CreateLogStream).</summary>
[Cmdlet(VerbsCommon.New, "CwLogStream", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(LogStream))]
public sealed class NewCwLogStreamCommand : CwLogsCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ValidateLogGroupName]
    [ArgumentCompleter(typeof(LogGroupNameCompleter))]
    public string LogGroupName { get; set; } = "";

    [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ValidateLogStreamName]
    public string[] LogStreamName { get; set; } = Array.Empty<string>();

    /// <summary>Emit the created stream.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        foreach (var name in LogStreamName)
        {
            if (!ShouldProcess($"{LogGroupName}/{name}", "Create log stream")) continue;
            TryForItem(name, $"Log stream '{name}' in log group '{LogGroupName}'", () =>
            {
                Send(CwLogsOperations.CreateLogStream, new CreateLogStreamRequest { LogGroupName = LogGroupName, LogStreamName = name });
                if (!PassThru) return;
                var page = Send(CwLogsOperations.DescribeLogStreams, new DescribeLogStreamsRequest { LogGroupName = LogGroupName, LogStreamNamePrefix = name, Limit = 1 });
                var created = page.LogStreams?.FirstOrDefault(s => s.LogStreamName == name);
                if (created is not null) WriteObject(created.ToLogStream(LogGroupName));
            });
        }
    }
}
