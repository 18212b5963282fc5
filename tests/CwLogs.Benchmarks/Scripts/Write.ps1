# Write-CwLogEvent fed $Count strings from the pipeline; the strings are built before the clock starts.
param([string] $Module, [string] $Endpoint, [string] $Group, [string] $Stream, [int] $Count, [string] $Prefix)
$ErrorActionPreference = 'Stop'
. (Join-Path $PSScriptRoot 'Measure.ps1')
Import-Module $Module
# Warm-up by a read (credentials, client): a warm-up write would add to the events the runner counts.
Get-CwLogEvent -LogGroupName $Group -LogStreamName events-1 -EndpointUrl $Endpoint | Out-Null
$m = foreach ($i in 0..($Count - 1)) { "$Prefix$i" }

$stopwatch = [Diagnostics.Stopwatch]::StartNew()
$m | Write-CwLogEvent -LogGroupName $Group -LogStreamName $Stream -EndpointUrl $Endpoint
$stopwatch.Stop()
Write-Measurement $m.Count $stopwatch.Elapsed.TotalMilliseconds
