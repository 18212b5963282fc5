<#
.SYNOPSIS
    A fault run: writes events with Write-CwLogEvent through an emulator that throttles, fails, cuts connections
    and loses answers at random, then counts every event back with an independent reader.

.DESCRIPTION
    Starts the emulator's build output (dotnet build Module.sln -c Release first) on a free loopback port, creates
    a group and stream, sets seeded rate faults on PutLogEvents, and writes -Count numbered events in
    Write-CwLogEvent calls of -EventsPerCall events each (-PassThru, collecting warnings and errors). Then, with
    the faults off, it reads the stream back with the AWS CLI (GetLogEvents page by page) and prints:
    written, read back, lost, duplicated, and what Write-CwLogEvent reported (batches flagged PossiblyDuplicated,
    events in failed batches' errors). Lost events must all be reported; duplicates must all be in flagged batches.
    With -Resend, the events of failed batches are piped back in from their errors until none fail, and then no event
    may be missing at all.
    Not part of the test command: a run takes minutes, and its figures belong in notes, not assertions.

.EXAMPLE
    dotnet pwsh -NoProfile -File tests/reliability/Invoke-FaultRun.ps1 -Count 20000 -ThrottleRate 0.2 -FailRate 0.05 -DropRate 0.02 -LostResponseRate 0.01
#>
[CmdletBinding()]
param(
    [int] $Count = 20000,
    [int] $EventsPerCall = 50,
    [double] $ThrottleRate = 0.2,
    [double] $FailRate = 0.05,
    [double] $DropRate = 0.02,
    [double] $LostResponseRate = 0.01,
    [int] $Seed = 1,
    # Send the events of failed batches again (from their errors' TargetObject) until none fail, at most 5 rounds.
    [switch] $Resend,
    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release'
)

$ErrorActionPreference = 'Stop'
$repoRoot = (Resolve-Path -LiteralPath (Join-Path $PSScriptRoot '../..')).Path
$emulatorDll = Join-Path $repoRoot "tests/CwLogs.Emulator/bin/$Configuration/net10.0/CwLogs.Emulator.dll"
if (-not (Test-Path -LiteralPath $emulatorDll)) { throw "Build first: dotnet build Module.sln -c $Configuration ('$emulatorDll' is missing)." }
if (-not (Get-Command aws -ErrorAction SilentlyContinue)) { throw 'The AWS CLI (aws) is the independent reader; install it first.' }
Import-Module (Join-Path $repoRoot 'out/CwLogs') -Force

$start = [System.Diagnostics.ProcessStartInfo]::new('dotnet')
$emulatorDll, '--port', '0' | ForEach-Object { $start.ArgumentList.Add($_) }
$start.RedirectStandardOutput = $true
$start.UseShellExecute = $false
$emulator = [System.Diagnostics.Process]::Start($start)
try {
    if ($emulator.StandardOutput.ReadLine() -notmatch 'listening on (\S+)') { throw 'The emulator did not start.' }
    $url = $Matches[1].TrimEnd('/')
    $aws = @{ EndpointUrl = $url; Region = 'us-east-2'; AccessKey = 'AKIDFAULTRUN0001'; SecretKey = 'fault-run-secret' }
    New-CwLogGroup -LogGroupName fault-run @aws
    New-CwLogStream -LogGroupName fault-run -LogStreamName s @aws

    $rates = "throttleRate=$ThrottleRate&failRate=$FailRate&dropRate=$DropRate&lostResponseRate=$LostResponseRate&seed=$Seed&operation=PutLogEvents"
    Invoke-RestMethod -Method Post -Uri "$url/_emulator/faults?$rates" | Out-Null

    # One timestamp per event, a millisecond apart, so every message (and its place) is known.
    $t0 = [DateTimeOffset]::FromUnixTimeMilliseconds([DateTimeOffset]::UtcNow.AddHours(-1).ToUnixTimeMilliseconds())
    $results = [System.Collections.Generic.List[object]]::new()
    $warnings = [System.Collections.Generic.List[object]]::new()
    $errors = [System.Collections.Generic.List[object]]::new()
    $clock = [System.Diagnostics.Stopwatch]::StartNew()
    for ($first = 0; $first -lt $Count; $first += $EventsPerCall) {
        $last = [math]::Min($Count, $first + $EventsPerCall) - 1
        $callWarnings = $null; $callErrors = $null
        try {
            $first..$last | ForEach-Object { [pscustomobject]@{ Message = "fault-run event $_"; Timestamp = $t0.AddMilliseconds($_) } } |
                Write-CwLogEvent -LogGroupName fault-run -LogStreamName s -PassThru @aws `
                    -WarningVariable callWarnings -WarningAction SilentlyContinue -ErrorVariable callErrors -ErrorAction SilentlyContinue |
                ForEach-Object { $results.Add($_) }
        }
        catch {
            # A terminating error (e.g. every attempt's connection cut) is in callErrors too.
        }
        foreach ($w in @($callWarnings)) { if ($w) { $warnings.Add($w) } }
        foreach ($e in @($callErrors)) { if ($e) { $errors.Add($e) } }
    }
    $writeSeconds = $clock.Elapsed.TotalSeconds

    # -Resend: what the errors carry is piped back in (faults still on), as a runbook would, until nothing fails.
    $resent = 0
    $pending = @($errors | ForEach-Object { @($_.TargetObject) } | Where-Object { $_ -is [CwLogs.Model.LogEventToSend] })
    for ($round = 1; $Resend -and $pending.Count -and $round -le 5; $round++) {
        $resent += $pending.Count
        $roundErrors = $null; $roundWarnings = $null
        try {
            $pending | Write-CwLogEvent -LogGroupName fault-run -LogStreamName s -PassThru @aws `
                -WarningVariable roundWarnings -WarningAction SilentlyContinue -ErrorVariable roundErrors -ErrorAction SilentlyContinue |
                ForEach-Object { $results.Add($_) }
        }
        catch { }
        foreach ($w in @($roundWarnings)) { if ($w) { $warnings.Add($w) } }
        $pending = @($roundErrors | Where-Object { $_ } | ForEach-Object { @($_.TargetObject) } | Where-Object { $_ -is [CwLogs.Model.LogEventToSend] })
    }

    # Faults off, then the independent reader: the AWS CLI, page by page until the token stops moving.
    Invoke-RestMethod -Method Post -Uri "$url/_emulator/faults?throttleRate=0&operation=PutLogEvents" | Out-Null
    $env:AWS_ACCESS_KEY_ID = 'AKIDFAULTRUNREAD'; $env:AWS_SECRET_ACCESS_KEY = 'read'; $env:AWS_DEFAULT_REGION = 'us-east-2'
    $read = [System.Collections.Generic.List[string]]::new()
    $token = $null
    while ($true) {
        $cliArgs = @('logs', 'get-log-events', '--endpoint-url', $url, '--log-group-name', 'fault-run', '--log-stream-name', 's', '--start-from-head', '--output', 'json')
        if ($token) { $cliArgs += '--next-token', $token }
        $page = aws @cliArgs | ConvertFrom-Json
        if ($LASTEXITCODE) { throw "aws logs get-log-events failed ($LASTEXITCODE)." }
        foreach ($e in $page.events) { $read.Add($e.message) }
        if ($page.nextForwardToken -eq $token) { break }
        $token = $page.nextForwardToken
    }

    $seen = @{}
    foreach ($m in $read) { $seen[$m] = 1 + [int]$seen[$m] }
    $lostIndexes = @(0..($Count - 1) | Where-Object { -not $seen.ContainsKey("fault-run event $_") })
    $duplicates = ($seen.Values | Where-Object { $_ -gt 1 } | ForEach-Object { $_ - 1 } | Measure-Object -Sum).Sum
    $flagged = @($results | Where-Object PossiblyDuplicated)
    $reportedInErrors = @($errors | ForEach-Object { @($_.TargetObject) } | Where-Object { $_ -is [CwLogs.Model.LogEventToSend] })
    $reportedMessages = @{}; $reportedInErrors | ForEach-Object { $reportedMessages[$_.Message] = $true }
    $lostUnreported = @($lostIndexes | Where-Object { -not $reportedMessages.ContainsKey("fault-run event $_") })
    if ($Resend) { $lostUnreported = $lostIndexes } # after resending, any event still missing is unaccounted for
    # Every duplicate must lie in a batch reported as PossiblyDuplicated (event i has time t0 + i ms).
    $duplicatedIndexes = @(0..($Count - 1) | Where-Object { [int]$seen["fault-run event $_"] -gt 1 })
    $duplicatedUnreported = @($duplicatedIndexes | Where-Object {
            $time = $t0.AddMilliseconds($_)
            -not ($flagged | Where-Object { $_.FirstTimestamp -le $time -and $time -le $_.LastTimestamp })
        })
    $journal = @(Invoke-RestMethod -Uri "$url/_emulator/journal?operation=PutLogEvents" | ForEach-Object { $_ })

    [pscustomobject]@{
        Written                  = $Count
        WriteCwLogEventCalls     = [math]::Ceiling($Count / $EventsPerCall)
        PutLogEventsRequests     = $journal.Count
        WriteSeconds             = [math]::Round($writeSeconds, 1)
        ReadBack                 = $read.Count
        Distinct                 = $seen.Count
        Lost                     = $lostIndexes.Count
        LostAndNotReported       = $lostUnreported.Count
        Duplicated               = [int]$duplicates
        DuplicatedAndNotReported = $duplicatedUnreported.Count
        BatchesFlaggedDuplicate  = $flagged.Count
        EventsFlaggedDuplicate   = ($flagged | Measure-Object EventCount -Sum).Sum
        Warnings                 = $warnings.Count
        Errors                   = $errors.Count
        ErrorIds                 = (@($errors | ForEach-Object { ($_.FullyQualifiedErrorId -split ',')[0] }) | Sort-Object -Unique) -join ', '
        EventsReportedInErrors   = $reportedInErrors.Count
        EventsResent             = $resent
        Faults                   = "throttle $ThrottleRate, fail $FailRate, drop $DropRate, lostResponse $LostResponseRate, seed $Seed (PutLogEvents)"
    }
}
finally {
    if (-not $emulator.HasExited) { $emulator.Kill($true) }
    $emulator.Dispose()
}
