using System.Management.Automation;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure;
using CwLogs.Model;

namespace CwLogs.Commands;

/// <summary>
/// The whole log event behind a query row (GetLogRecord): an object with one property per field. A row's
/// @ptr binds -LogRecordPointer by property name.
/// </summary>
[Cmdlet(VerbsCommon.Get, "CwLogRecord")]
[OutputType(typeof(PSObject))]
public sealed class GetCwLogRecordCommand : CwLogsCmdlet
{
    /// <summary>The @ptr value of a query row.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("@ptr", "Ptr")]
    [ValidateNotNullOrEmpty]
    public string[] LogRecordPointer { get; set; } = Array.Empty<string>();

    /// <summary>Show data that a data protection policy masks (needs logs:Unmask).</summary>
    [Parameter]
    public SwitchParameter Unmask { get; set; }

    protected override void ProcessRecord()
    {
        foreach (var pointer in LogRecordPointer)
        {
            var request = new GetLogRecordRequest { LogRecordPointer = pointer, Unmask = Unmask ? true : null };
            if (!IsValidRequest(request, pointer)) continue;
            TryForItem(pointer, $"Log record '{pointer}'", () => WriteObject(Send(CwLogsOperations.GetLogRecord, request).ToLogRecord()));
        }
    }
}
