using System.Management.Automation;
using System.Reflection;

namespace CwLogs.PowerShell.Tests.Infrastructure;

/// <summary>
/// Does what Select-Object -First does (the Utility module is not in this engine package): after
/// N objects it stops the upstream commands with StopUpstreamCommandsException. That type is
/// internal to the engine (Select-Object reaches it as a friend assembly), so it is built by reflection.
/// </summary>
[Cmdlet("Select", "First")]
public sealed class SelectFirstCommand : PSCmdlet
{
    private int _seen;

    [Parameter(Mandatory = true, Position = 0)]
    public int Count { get; set; }

    [Parameter(ValueFromPipeline = true)]
    public PSObject? InputObject { get; set; }

    private Exception StopUpstream()
    {
        var type = typeof(PSCmdlet).Assembly.GetType("System.Management.Automation.StopUpstreamCommandsException", throwOnError: true)!;
        return (Exception)Activator.CreateInstance(type, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, null, new object[] { this }, null)!;
    }

    protected override void ProcessRecord()
    {
        WriteObject(InputObject);
        if (++_seen >= Count) throw StopUpstream();
    }
}
