using System.Management.Automation;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure;
using CwLogs.Infrastructure.Steps;
using CwLogs.Model;

namespace CwLogs.Commands;

/// <summary>Lists destinations (DescribeDestinations), all or those whose name starts with a prefix, streaming page by page.</summary>
[Cmdlet(VerbsCommon.Get, "CwLogDestination")]
[OutputType(typeof(Destination))]
public sealed class GetCwLogDestinationCommand : CwLogsCmdlet
{
    /// <summary>Only destinations whose name starts with this (case-sensitive). None: every destination.</summary>
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? DestinationNamePrefix { get; set; }

    /// <summary>Destinations per request (1-50); the cmdlet still returns every page.</summary>
    [Parameter]
    [ValidateRange(1, 50)]
    public int? PageSize { get; set; }

    protected override void ProcessRecord()
    {
        var request = new DescribeDestinationsRequest { DestinationNamePrefix = DestinationNamePrefix, Limit = PageSize };
        List(CwLogsOperations.DescribeDestinations, request, ItemAction.Read(DestinationNamePrefix ?? "*", "Listing destinations"),
            page => page.Destinations, destination => destination.ToDestination());
    }
}
