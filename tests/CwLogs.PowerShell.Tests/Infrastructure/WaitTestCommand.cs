using System.Management.Automation;

namespace CwLogs.PowerShell.Tests.Infrastructure;

/// <summary>
/// Does what Start-Sleep does (the Utility module is not in this engine package): blocks the
/// pipeline for a while, as Get-Content -Wait does between lines, and ends at once on Stop.
/// </summary>
[Cmdlet("Wait", "Test")]
public sealed class WaitTestCommand : PSCmdlet, IDisposable
{
    private readonly ManualResetEventSlim _stopped = new();

    [Parameter(Mandatory = true, Position = 0)]
    public int Milliseconds { get; set; }

    protected override void ProcessRecord() => _stopped.Wait(Milliseconds);

    protected override void StopProcessing() => _stopped.Set();

    public void Dispose() => _stopped.Dispose();
}
