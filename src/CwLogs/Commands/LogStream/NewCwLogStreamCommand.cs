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

    /// <summary>
    /// Piped strings are stream names ('s1','s2' | ... -LogGroupName g); other piped objects bind by property
    /// name only, so a piped LogGroup, whose ToString() is its group name, is never taken for a stream.
    /// </summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [TextOnlyName("log stream name")]
    [ValidateNotNullOrEmpty]
    [ValidateLogStreamName]
    public string[] LogStreamName { get; set; } = Array.Empty<string>();

    /// <summary>Emit the created stream: its names (a new stream has no events; its times are not read back).</summary>
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
                if (PassThru) WriteObject(new LogStream { LogGroupName = LogGroupName, LogStreamName = name });
            });
        }
    }
}
