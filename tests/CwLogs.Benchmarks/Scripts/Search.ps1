# Find-CwLogEvent over every stream of a group (with a filter pattern when given), counted by Measure-Object.
param([string] $Module, [string] $Endpoint, [string] $Group, [string] $Pattern)
$ErrorActionPreference = 'Stop'
. (Join-Path $PSScriptRoot 'Measure.ps1')
Import-Module $Module
Find-CwLogEvent -LogGroupName search-1x1 -EndpointUrl $Endpoint | Measure-Object | Out-Null

$find = @{ LogGroupName = $Group; EndpointUrl = $Endpoint }
if ($Pattern) { $find.FilterPattern = $Pattern }
$stopwatch = [Diagnostics.Stopwatch]::StartNew()
$count = (Find-CwLogEvent @find | Measure-Object).Count
$stopwatch.Stop()
Write-Measurement $count $stopwatch.Elapsed.TotalMilliseconds
