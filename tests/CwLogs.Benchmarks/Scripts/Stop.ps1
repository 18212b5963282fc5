# PowerShell.Stop() on a long read in a [powershell] instance: one line per run with the time Stop() took to return.
# The read is events-1000000 named 20 times (one cmdlet, 20M events), so it outlasts the 1 s wait however fast
# the client gets, while the emulator caches only one stream's pages.
param([string] $Module, [string] $Endpoint, [int] $Runs)
$streams = [string[]] (@('events-1000000') * 20)
$ErrorActionPreference = 'Stop'
. (Join-Path $PSScriptRoot 'Measure.ps1')
Import-Module $Module

foreach ($run in 1..$Runs) {
    $ps = [powershell]::Create()
    $null = $ps.AddCommand('Import-Module').AddParameter('Name', $Module).AddStatement().
        AddCommand('Get-CwLogEvent').AddParameter('LogGroupName', 'bench').AddParameter('LogStreamName', $streams).
        AddParameter('EndpointUrl', $Endpoint).AddCommand('Out-Null')
    $async = $ps.BeginInvoke()
    Start-Sleep -Milliseconds 1000
    if ($async.IsCompleted) {
        throw "the read ended before Stop() (state $($ps.InvocationStateInfo.State)): $($ps.Streams.Error | Select-Object -First 1)"
    }
    $stopwatch = [Diagnostics.Stopwatch]::StartNew()
    $ps.Stop()
    $stopwatch.Stop()
    if ($ps.InvocationStateInfo.State -ne 'Stopped') { throw "state after Stop(): $($ps.InvocationStateInfo.State)" }
    Write-Measurement 0 $stopwatch.Elapsed.TotalMilliseconds
    $ps.Dispose()
}
