# Dot-sourced by every test file's BeforeAll: imports the built module and sends every CwLogs cmdlet to the
# emulator that Invoke-PesterSuite.ps1 started, the way a user would with $PSDefaultParameterValues.

$script:RepoRoot = (Resolve-Path -LiteralPath (Join-Path $PSScriptRoot '../..')).Path
$script:ModulePath = if ($env:CWLOGS_MODULE_PATH) { $env:CWLOGS_MODULE_PATH } else { Join-Path $RepoRoot 'out/CwLogs' }
$script:EmulatorUrl = $env:CWLOGS_EMULATOR_URL
if (-not $EmulatorUrl) { throw 'CWLOGS_EMULATOR_URL is not set: run the suite through tests/pester/Invoke-PesterSuite.ps1.' }

$script:TestAccessKey = 'AKIDCWLOGSPESTER01'
$script:TestSecretKey = 'cwlogs-pester-secret-do-not-print'

Import-Module -Name $ModulePath -Force -ErrorAction Stop

$PSDefaultParameterValues['*-CwLog*:EndpointUrl'] = $EmulatorUrl
$PSDefaultParameterValues['*-CwLog*:Region'] = 'us-east-2'
$PSDefaultParameterValues['*-CwLog*:AccessKey'] = $TestAccessKey
$PSDefaultParameterValues['*-CwLog*:SecretKey'] = $TestSecretKey

function Get-EmulatorJournal {
    <# The calls the emulator received (operation, receivedUtc, body), oldest first; -After N leaves out the first N. #>
    param([string] $Operation, [int] $After = 0)
    $uri = "$EmulatorUrl/_emulator/journal"
    if ($Operation) { $uri += "?operation=$Operation" }
    # Invoke-RestMethod writes a JSON array as one object; ForEach-Object unrolls it.
    $entries = @(Invoke-RestMethod -Uri $uri -Method Get | ForEach-Object { $_ })
    @(for ($i = $After; $i -lt $entries.Count; $i++) { $entries[$i] })
}

function Get-EmulatorCallCount {
    <# How many calls of one operation the emulator has received. #>
    param([Parameter(Mandatory)] [string] $Operation)
    @(Get-EmulatorJournal -Operation $Operation).Count
}

function Reset-Emulator {
    <# Clears the emulator's data, faults and journal. #>
    Invoke-RestMethod -Uri "$EmulatorUrl/_emulator/reset" -Method Post | Out-Null
}

function Set-EmulatorFault {
    <# Arms faults: -LatencyMs for every call; -Throttle/-Fail/-Drop N for the next N calls (of -Operation). #>
    param([int] $LatencyMs = -1, [int] $Throttle, [int] $Fail, [int] $Drop, [string] $Operation)
    $query = @()
    if ($LatencyMs -ge 0) { $query += "latencyMs=$LatencyMs" }
    if ($Throttle) { $query += "throttle=$Throttle" }
    if ($Fail) { $query += "fail=$Fail" }
    if ($Drop) { $query += "drop=$Drop" }
    if ($Operation) { $query += "operation=$Operation" }
    Invoke-RestMethod -Uri "$EmulatorUrl/_emulator/faults?$($query -join '&')" -Method Post | Out-Null
}
