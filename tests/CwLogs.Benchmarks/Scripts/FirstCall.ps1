# The first call after Import-Module in a fresh process: credentials, client and JIT are all in the figure.
param([string] $Module, [string] $Endpoint)
$ErrorActionPreference = 'Stop'
. (Join-Path $PSScriptRoot 'Measure.ps1')
Import-Module $Module

$stopwatch = [Diagnostics.Stopwatch]::StartNew()
Get-CwLogGroup -EndpointUrl $Endpoint | Out-Null
$stopwatch.Stop()
Write-Measurement 0 $stopwatch.Elapsed.TotalMilliseconds
