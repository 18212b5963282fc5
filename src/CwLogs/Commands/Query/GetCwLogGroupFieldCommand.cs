using System.Management.Automation;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure;
using CwLogs.Infrastructure.Completion;
using CwLogs.Infrastructure.Time;
using CwLogs.Model;

namespace CwLogs.Commands;

/// <summary>The fields found in a log group's events and the share of events that have each (GetLogGroupFields).</summary>
[Cmdlet(VerbsCommon.Get, "CwLogGroupField")]
[OutputType(typeof(LogGroupField))]
public sealed class GetCwLogGroupFieldCommand : CwLogsCmdlet
{
    /// <summary>The group, by name or ARN.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("LogGroupIdentifier")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(LogGroupNameCompleter))]
    public string[] LogGroupName { get; set; } = Array.Empty<string>();

    /// <summary>Look at the 15 minutes before this time (the service's default: now).</summary>
    [Parameter]
    [TimeArgumentTransformation]
    public DateTime? Time { get; set; }

    protected override void ProcessRecord()
    {
        foreach (var name in LogGroupName)
        {
            var request = new GetLogGroupFieldsRequest
            {
                // An ARN only fits logGroupIdentifier; a name fits both, and logGroupName is the older, wider-known member.
                LogGroupName = name.StartsWith("arn:", StringComparison.Ordinal) ? null : name,
                LogGroupIdentifier = name.StartsWith("arn:", StringComparison.Ordinal) ? name : null,
                // The wire takes epoch seconds.
                Time = Time is DateTime time ? TimeInput.ToEpochMilliseconds(time) / 1000 : null,
            };
            if (!IsValidRequest(request, name)) continue;
            TryForItem(name, $"Log group '{name}'", () =>
            {
                var response = Send(CwLogsOperations.GetLogGroupFields, request);
                foreach (var field in response.LogGroupFields ?? new List<LogGroupFieldData>()) WriteObject(field.ToLogGroupField(name));
            });
        }
    }
}
