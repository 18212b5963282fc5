using System.Management.Automation;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure;
using CwLogs.Infrastructure.Completion;
using CwLogs.Infrastructure.Validation;

namespace CwLogs.Commands;

/// <summary>Deletes log streams and their events (DeleteLogStream).</summary>
[Cmdlet(VerbsCommon.Remove, "CwLogStream", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveCwLogStreamCommand : CwLogsCmdlet
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
    [ArgumentCompleter(typeof(LogStreamNameCompleter))]
    public string[] LogStreamName { get; set; } = Array.Empty<string>();

    /// <summary>Delete without asking for confirmation.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    protected override void ProcessRecord()
    {
        foreach (var name in LogStreamName)
        {
            if (!ShouldChange($"{LogGroupName}/{name}", "Remove log stream and all of its log events", Force)) continue;
            TryForItem(name, $"Log stream '{name}' in log group '{LogGroupName}'", () =>
                Send(CwLogsOperations.DeleteLogStream, new DeleteLogStreamRequest { LogGroupName = LogGroupName, LogStreamName = name }));
        }
    }
}
