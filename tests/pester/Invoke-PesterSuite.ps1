<#
.SYNOPSIS
    Runs the Pester suite in this pwsh against a CwLogs emulator started on a free loopback port.

.DESCRIPTION
    Starts the emulator's build output (dotnet build Module.sln first), points the suite at it through
    CWLOGS_EMULATOR_URL, runs Invoke-Pester and stops the emulator. Exits 1 when any test, block or
    file failed. `dotnet test Module.sln` runs this through tests/CwLogs.Pester.

.EXAMPLE
    dotnet pwsh -NoProfile -File tests/pester/Invoke-PesterSuite.ps1 -Path tests/pester/Pipeline.Tests.ps1
#>
[CmdletBinding()]
param(
    # Test files or folders; the whole suite by default.
    [string[]] $Path = $PSScriptRoot,

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release',

    # Pester.psd1 of the NuGet package; found in the NuGet package folder when not given.
    [string] $PesterModule
)

$ErrorActionPreference = 'Stop'
$repoRoot = (Resolve-Path -LiteralPath (Join-Path $PSScriptRoot '../..')).Path

if (-not $PesterModule) {
    $packages = if ($env:NUGET_PACKAGES) { $env:NUGET_PACKAGES } else { Join-Path $HOME '.nuget/packages' }
    $PesterModule = Join-Path $packages 'pester/5.9.1/tools/Pester.psd1'
}
if (-not (Test-Path -LiteralPath $PesterModule)) {
    throw "Pester was not found at '$PesterModule'. Run 'dotnet build Module.sln' first; it restores Pester from NuGet."
}
Import-Module -Name $PesterModule -Force

$emulatorDll = Join-Path $repoRoot "tests/CwLogs.Emulator/bin/$Configuration/net10.0/CwLogs.Emulator.dll"
if (-not (Test-Path -LiteralPath $emulatorDll)) {
    throw "The emulator was not found at '$emulatorDll'. Run 'dotnet build Module.sln -c $Configuration' first."
}

$start = [System.Diagnostics.ProcessStartInfo]::new('dotnet')
$start.ArgumentList.Add($emulatorDll)
$start.ArgumentList.Add('--port')
$start.ArgumentList.Add('0')
$start.RedirectStandardOutput = $true
$start.UseShellExecute = $false
$emulator = [System.Diagnostics.Process]::Start($start)
try {
    # The emulator's first line: "CwLogs emulator listening on http://127.0.0.1:PORT/".
    $readLine = $emulator.StandardOutput.ReadLineAsync()
    if (-not $readLine.Wait([TimeSpan]::FromSeconds(60)) -or $readLine.Result -notmatch 'listening on (\S+)') {
        throw "The emulator did not start: '$($readLine.Result)'."
    }
    $env:CWLOGS_EMULATOR_URL = $Matches[1].TrimEnd('/')
    $env:CWLOGS_MODULE_PATH = Join-Path $repoRoot 'out/CwLogs'
    # As if installed: `Import-Module CwLogs` (the about_CwLogs testing example) finds the built module.
    $env:PSModulePath = (Join-Path $repoRoot 'out') + [System.IO.Path]::PathSeparator + $env:PSModulePath
    Write-Host "Emulator: $env:CWLOGS_EMULATOR_URL; module: $env:CWLOGS_MODULE_PATH"

    $config = New-PesterConfiguration
    $config.Run.Path = $Path
    $config.Run.PassThru = $true
    $config.Output.Verbosity = 'Detailed'
    $config.Output.RenderMode = 'Plaintext'
    $result = Invoke-Pester -Configuration $config
}
finally {
    if (-not $emulator.HasExited) { $emulator.Kill($true) }
    $emulator.Dispose()
}

$failed = $result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount
if ($result.TotalCount -eq 0) { Write-Host 'No Pester test ran.'; exit 1 }
exit ([int]($failed -gt 0))
