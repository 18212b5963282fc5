# Get-CwLogEvent over one whole stream, counted by Measure-Object; only the pipeline is timed.
param([string] $Module, [string] $Endpoint, [string] $Group, [string] $Stream)
$ErrorActionPreference = 'Stop'
. (Join-Path $PSScriptRoot 'Measure.ps1')
Import-Module $Module
# Warm-up (credentials, client, JIT) on a one-event stream, so the figure is the stream's rate.
Get-CwLogEvent -LogGroupName $Group -LogStreamName events-1 -EndpointUrl $Endpoint | Measure-Object | Out-Null

$stopwatch = [Diagnostics.Stopwatch]::StartNew()
$count = (Get-CwLogEvent -LogGroupName $Group -LogStreamName $Stream -EndpointUrl $Endpoint | Measure-Object).Count
$stopwatch.Stop()
Write-Measurement $count $stopwatch.Elapsed.TotalMilliseconds
