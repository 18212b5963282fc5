<#
.SYNOPSIS
    A fault run: writes events with Write-CwLogEvent through an emulator that throttles, fails, cuts connections
    and loses answers at random, counts every event back with an independent reader, then reads them again with
    Get-CwLogEvent and Find-CwLogEvent through the same kinds of faults.

.DESCRIPTION
    Starts the emulator's build output (dotnet build Module.sln -c Release first) on a free loopback port and
    creates a group and stream.

    Write side: seeded rate faults on PutLogEvents; -Count numbered events are written in Write-CwLogEvent calls of
    -EventsPerCall events each (-PassThru, collecting warnings and errors). With -Resend, the events of failed
    batches are piped back in from their errors (TargetObject) until none fail. Then, with the faults off, the AWS
    CLI (-AwsCli) reads the stream back page by page: the independent count. Reported: written, read back, lost,
    duplicated, and what Write-CwLogEvent reported (batches flagged PossiblyDuplicated, events in failed batches'
    errors). Lost events must all be reported; duplicates must all be in flagged batches; with -Resend no event
    may be missing at all.

    Read side: seeded rate faults on GetLogEvents (-ReadThrottleRate, -ReadFailRate, -ReadDropRate), then
    Get-CwLogEvent reads the stream from the first event's time in pages of -ReadPageSize; the same follows for
    Find-CwLogEvent with the faults on FilterLogEvents. When a read fails part-way, it is resumed with -NextToken
    from its error's TargetObject (a failure on the first page of a read has no token to resume from: that read
    is run again as it was), at most -MaxResumes times. Reported per reader: events read, missing and duplicated
    against the CLI's count (by message, so by event number), errors and their ErrorIds, resumes, warnings,
    requests the emulator received and the time taken. Nothing may be missing or duplicated.

    One object per phase is written (Phase: Write, Get-CwLogEvent, Find-CwLogEvent).
    Not part of the test command: a run takes minutes, and its figures belong in notes, not assertions.

.EXAMPLE
    dotnet pwsh -NoProfile -File tests/reliability/Invoke-FaultRun.ps1 -Count 20000 -Resend

    Writes 20,000 events through 20% throttling, 5% 500s, 2% connection resets and 1% lost responses, sends the
    failed batches again, then reads them back in 200 pages through 20% throttling, 5% 500s and 2% resets.

.EXAMPLE
    dotnet pwsh -NoProfile -File tests/reliability/Invoke-FaultRun.ps1 -Count 5000 -ReadThrottleRate 0.5 -ReadPageSize 50 -Seed 7
#>
[CmdletBinding()]
param(
    [int] $Count = 20000,
    [int] $EventsPerCall = 50,
    # Faults on PutLogEvents (the write side).
    [double] $ThrottleRate = 0.2,
    [double] $FailRate = 0.05,
    [double] $DropRate = 0.02,
    [double] $LostResponseRate = 0.01,
    # Faults on GetLogEvents, then on FilterLogEvents (the read side). A lost response to a read is a drop.
    [double] $ReadThrottleRate = 0.2,
    [double] $ReadFailRate = 0.05,
    [double] $ReadDropRate = 0.02,
    [ValidateRange(1, 10000)]
    [int] $ReadPageSize = 100,
    # How often one read may be resumed before the run gives up on it (what it has not read is then missing).
    [int] $MaxResumes = 100,
    [int] $Seed = 1,
    # Send the events of failed batches again (from their errors' TargetObject) until none fail, at most 5 rounds.
    [switch] $Resend,
    # The independent reader: the AWS CLI v2 (the project's interop tests use the same one).
    [string] $AwsCli = '/usr/bin/aws',
    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release'
)

$ErrorActionPreference = 'Stop'
$repoRoot = (Resolve-Path -LiteralPath (Join-Path $PSScriptRoot '../..')).Path
$emulatorDll = Join-Path $repoRoot "tests/CwLogs.Emulator/bin/$Configuration/net10.0/CwLogs.Emulator.dll"
if (-not (Test-Path -LiteralPath $emulatorDll)) { throw "Build first: dotnet build Module.sln -c $Configuration ('$emulatorDll' is missing)." }
if (-not (Get-Command $AwsCli -ErrorAction SilentlyContinue)) { throw "The AWS CLI ('$AwsCli') is the independent reader; install it first (apt-get install awscli) or name it with -AwsCli." }
Import-Module (Join-Path $repoRoot 'out/CwLogs') -Force

$group = 'fault-run'
$stream = 's'

function Start-Emulator {
    # The emulator in its own process on a free port; returns the process and its URL.
    $start = [System.Diagnostics.ProcessStartInfo]::new('dotnet')
    $emulatorDll, '--port', '0' | ForEach-Object { $start.ArgumentList.Add($_) }
    $start.RedirectStandardOutput = $true
    $start.UseShellExecute = $false
    $process = [System.Diagnostics.Process]::Start($start)
    if ($process.StandardOutput.ReadLine() -notmatch 'listening on (\S+)') { throw 'The emulator did not start.' }
    [pscustomobject]@{ Process = $process; Url = $Matches[1].TrimEnd('/') }
}

function Set-RateFaults([string] $Url, [string] $Operation, [double] $Throttle, [double] $Fail, [double] $Drop, [double] $LostResponse = 0) {
    # Replaces the emulator's rate faults: from now on each call of $Operation draws one (all zero: faults off).
    $rates = "throttleRate=$Throttle&failRate=$Fail&dropRate=$Drop&lostResponseRate=$LostResponse&seed=$Seed&operation=$Operation"
    Invoke-RestMethod -Method Post -Uri "$Url/_emulator/faults?$rates" | Out-Null
}

function Get-RequestCount([string] $Url, [string] $Operation) {
    @(Invoke-RestMethod -Uri "$Url/_emulator/journal?operation=$Operation" | ForEach-Object { $_ }).Count
}

function Get-EventsToSend([int] $First, [int] $Last) {
    # Event i is "fault-run event i" at t0 + i ms, so every message (and its place) is known.
    $First..$Last | ForEach-Object { [pscustomobject]@{ Message = "fault-run event $_"; Timestamp = $t0.AddMilliseconds($_) } }
}

function Send-Events($Events, $Outcome) {
    # One Write-CwLogEvent call; its results, warnings and errors are added to $Outcome. Returns its errors.
    $callWarnings = $null; $callErrors = $null
    try {
        $Events | Write-CwLogEvent -LogGroupName $group -LogStreamName $stream -PassThru @aws `
            -WarningVariable callWarnings -WarningAction SilentlyContinue -ErrorVariable callErrors -ErrorAction SilentlyContinue |
            ForEach-Object { $Outcome.Results.Add($_) }
    }
    catch {
        # A terminating error (e.g. every attempt's connection cut) is in callErrors too.
    }
    foreach ($w in @($callWarnings)) { if ($w) { $Outcome.Warnings.Add($w) } }
    @($callErrors | Where-Object { $_ })
}

function Get-EventsInErrors($Errors) {
    # What failed batches' errors carry: the events themselves, ready to pipe back in.
    @($Errors | ForEach-Object { @($_.TargetObject) } | Where-Object { $_ -is [CwLogs.Model.LogEventToSend] })
}

function Write-NumberedEvents($Outcome) {
    # The write phase: -Count events in calls of -EventsPerCall, then (-Resend) failed batches again.
    $clock = [System.Diagnostics.Stopwatch]::StartNew()
    for ($first = 0; $first -lt $Count; $first += $EventsPerCall) {
        $last = [math]::Min($Count, $first + $EventsPerCall) - 1
        foreach ($e in Send-Events (Get-EventsToSend $first $last) $Outcome) { $Outcome.Errors.Add($e) }
    }
    $Outcome.Seconds = $clock.Elapsed.TotalSeconds

    # -Resend: what the errors carry is piped back in (faults still on), as a runbook would, until nothing fails.
    $pending = Get-EventsInErrors $Outcome.Errors
    for ($round = 1; $Resend -and $pending.Count -and $round -le 5; $round++) {
        $Outcome.Resent += $pending.Count
        $pending = Get-EventsInErrors (Send-Events $pending $Outcome)
    }
}

function Read-StreamWithCli([string] $Url) {
    # The independent reader (faults off): GetLogEvents page by page until the token stops moving. Returns the messages.
    $env:AWS_ACCESS_KEY_ID = 'AKIDFAULTRUNREAD'; $env:AWS_SECRET_ACCESS_KEY = 'read'; $env:AWS_DEFAULT_REGION = 'us-east-2'
    $messages = [System.Collections.Generic.List[string]]::new()
    $token = $null
    while ($true) {
        $cliArgs = @('logs', 'get-log-events', '--endpoint-url', $Url, '--log-group-name', $group, '--log-stream-name', $stream, '--start-from-head', '--output', 'json')
        if ($token) { $cliArgs += '--next-token', $token }
        $page = & $AwsCli @cliArgs | ConvertFrom-Json
        if ($LASTEXITCODE) { throw "$AwsCli logs get-log-events failed ($LASTEXITCODE)." }
        foreach ($e in $page.events) { $messages.Add($e.message) }
        if ($page.nextForwardToken -eq $token) { break }
        $token = $page.nextForwardToken
    }
    , $messages
}

function Measure-Messages($Messages) {
    # How often each message occurs.
    $seen = @{}
    foreach ($m in $Messages) { $seen[$m] = 1 + [int]$seen[$m] }
    $seen
}

function Get-WriteReport($Outcome, $ReadBack, [int] $Requests) {
    $seen = Measure-Messages $ReadBack
    $lostIndexes = @(0..($Count - 1) | Where-Object { -not $seen.ContainsKey("fault-run event $_") })
    $duplicates = ($seen.Values | Where-Object { $_ -gt 1 } | ForEach-Object { $_ - 1 } | Measure-Object -Sum).Sum
    $flagged = @($Outcome.Results | Where-Object PossiblyDuplicated)
    $reportedInErrors = Get-EventsInErrors $Outcome.Errors
    $reportedMessages = @{}; $reportedInErrors | ForEach-Object { $reportedMessages[$_.Message] = $true }
    $lostUnreported = @($lostIndexes | Where-Object { -not $reportedMessages.ContainsKey("fault-run event $_") })
    if ($Resend) { $lostUnreported = $lostIndexes } # after resending, any event still missing is unaccounted for
    # Every duplicate must lie in a batch reported as PossiblyDuplicated (event i has time t0 + i ms).
    $duplicatedIndexes = @(0..($Count - 1) | Where-Object { [int]$seen["fault-run event $_"] -gt 1 })
    $duplicatedUnreported = @($duplicatedIndexes | Where-Object {
            $time = $t0.AddMilliseconds($_)
            -not ($flagged | Where-Object { $_.FirstTimestamp -le $time -and $time -le $_.LastTimestamp })
        })
    [pscustomobject]@{
        Phase                    = 'Write'
        Written                  = $Count
        WriteCwLogEventCalls     = [math]::Ceiling($Count / $EventsPerCall)
        PutLogEventsRequests     = $Requests
        WriteSeconds             = [math]::Round($Outcome.Seconds, 1)
        ReadBack                 = $ReadBack.Count
        Distinct                 = $seen.Count
        Lost                     = $lostIndexes.Count
        LostAndNotReported       = $lostUnreported.Count
        Duplicated               = [int]$duplicates
        DuplicatedAndNotReported = $duplicatedUnreported.Count
        BatchesFlaggedDuplicate  = $flagged.Count
        EventsFlaggedDuplicate   = ($flagged | Measure-Object EventCount -Sum).Sum
        Warnings                 = $Outcome.Warnings.Count
        Errors                   = $Outcome.Errors.Count
        ErrorIds                 = Get-ErrorIds $Outcome.Errors
        EventsReportedInErrors   = $reportedInErrors.Count
        EventsResent             = $Outcome.Resent
        Faults                   = "throttle $ThrottleRate, fail $FailRate, drop $DropRate, lostResponse $LostResponseRate, seed $Seed (PutLogEvents)"
    }
}

function Get-ErrorIds($Errors) {
    # Each ErrorId once, with how often it occurred: "Throttling x3, ServiceCallFailed x1".
    (@($Errors | ForEach-Object { ($_.FullyQualifiedErrorId -split ',')[0] }) | Group-Object | Sort-Object Name |
        ForEach-Object { "$($_.Name) x$($_.Count)" }) -join ', '
}

function Get-ResumeToken($ErrorRecord) {
    # Where a read that stopped part-way reads on: its error's TargetObject.NextToken. Null when the error has
    # none (a failure on the first page of a read, before anything was written).
    $target = $ErrorRecord.TargetObject
    if ($target -and $target.PSObject.Properties['NextToken'] -and $target.NextToken) { $target.NextToken }
}

function Read-WithResume([string] $Command, [hashtable] $Parameters) {
    # Runs a read cmdlet to the end through the faults: after each failure it runs again from the failure's
    # resume point (-NextToken), or, when the failure has none, again from where that attempt started.
    $outcome = [pscustomobject]@{
        Messages              = [System.Collections.Generic.List[string]]::new()
        Errors                = [System.Collections.Generic.List[object]]::new()
        Warnings              = [System.Collections.Generic.List[object]]::new()
        Resumes               = 0
        RerunsWithoutToken    = 0
        GaveUp                = $false
        Seconds               = 0
    }
    $token = $null
    $clock = [System.Diagnostics.Stopwatch]::StartNew()
    while ($true) {
        $from = if ($token) { @{ NextToken = $token } } else { @{} }
        $callErrors = $null; $callWarnings = $null; $caught = $null
        try {
            & $Command @Parameters @from @aws -ErrorVariable callErrors -ErrorAction SilentlyContinue `
                -WarningVariable callWarnings -WarningAction SilentlyContinue |
                ForEach-Object { $outcome.Messages.Add($_.Message) }
        }
        catch { $caught = $_ }
        foreach ($w in @($callWarnings)) { if ($w) { $outcome.Warnings.Add($w) } }
        $failures = @($callErrors | Where-Object { $_ })
        if (-not $failures -and $caught) { $failures = @($caught) }
        if (-not $failures) { break }
        foreach ($e in $failures) { $outcome.Errors.Add($e) }
        if ($outcome.Resumes + $outcome.RerunsWithoutToken -ge $MaxResumes) { $outcome.GaveUp = $true; break }
        $resumeAt = Get-ResumeToken $failures[-1]
        if ($resumeAt) { $token = $resumeAt; $outcome.Resumes++ } else { $outcome.RerunsWithoutToken++ }
    }
    $outcome.Seconds = $clock.Elapsed.TotalSeconds
    $outcome
}

function Compare-Messages($Expected, $Actual) {
    # Messages the reader missed and read too often, against the expected counts (the CLI's).
    $actualCounts = Measure-Messages $Actual
    $missing = 0; $extra = 0
    foreach ($m in $Expected.Keys) { $missing += [math]::Max(0, $Expected[$m] - [int]$actualCounts[$m]) }
    foreach ($m in $actualCounts.Keys) { $extra += [math]::Max(0, $actualCounts[$m] - [int]$Expected[$m]) }
    [pscustomobject]@{ Missing = $missing; Duplicated = $extra; Distinct = $actualCounts.Count }
}

function Read-UnderFaults([string] $Url, [string] $Command, [string] $Operation, [hashtable] $Parameters, $CliCounts, [int] $CliTotal) {
    # One reader through rate faults on its operation, compared with the CLI's count.
    $before = Get-RequestCount $Url $Operation
    Set-RateFaults $Url $Operation $ReadThrottleRate $ReadFailRate $ReadDropRate
    try { $outcome = Read-WithResume $Command $Parameters }
    finally { Set-RateFaults $Url $Operation 0 0 0 }
    $comparison = Compare-Messages $CliCounts $outcome.Messages
    [pscustomobject]@{
        Phase              = $Command
        ExpectedByCli      = $CliTotal
        Read               = $outcome.Messages.Count
        Distinct           = $comparison.Distinct
        Missing            = $comparison.Missing
        Duplicated         = $comparison.Duplicated
        Errors             = $outcome.Errors.Count
        ErrorIds           = Get-ErrorIds $outcome.Errors
        Resumes            = $outcome.Resumes
        RerunsWithoutToken = $outcome.RerunsWithoutToken
        GaveUp             = $outcome.GaveUp
        Warnings           = $outcome.Warnings.Count
        Requests           = (Get-RequestCount $Url $Operation) - $before
        ReadSeconds        = [math]::Round($outcome.Seconds, 1)
        Faults             = "throttle $ReadThrottleRate, fail $ReadFailRate, drop $ReadDropRate, seed $Seed ($Operation); page size $ReadPageSize"
    }
}

$emulator = Start-Emulator
try {
    $url = $emulator.Url
    $aws = @{ EndpointUrl = $url; Region = 'us-east-2'; AccessKey = 'AKIDFAULTRUN0001'; SecretKey = 'fault-run-secret' }
    New-CwLogGroup -LogGroupName $group @aws
    New-CwLogStream -LogGroupName $group -LogStreamName $stream @aws
    $t0 = [DateTimeOffset]::FromUnixTimeMilliseconds([DateTimeOffset]::UtcNow.AddHours(-1).ToUnixTimeMilliseconds())

    Set-RateFaults $url PutLogEvents $ThrottleRate $FailRate $DropRate $LostResponseRate
    $written = [pscustomobject]@{
        Results  = [System.Collections.Generic.List[object]]::new()
        Warnings = [System.Collections.Generic.List[object]]::new()
        Errors   = [System.Collections.Generic.List[object]]::new()
        Resent   = 0
        Seconds  = 0
    }
    Write-NumberedEvents $written
    Set-RateFaults $url PutLogEvents 0 0 0

    $readBack = Read-StreamWithCli $url
    Get-WriteReport $written $readBack (Get-RequestCount $url PutLogEvents)

    $cliCounts = Measure-Messages $readBack
    $range = @{ LogGroupName = $group; LogStreamName = $stream; StartTime = $t0; PageSize = $ReadPageSize }
    Read-UnderFaults $url Get-CwLogEvent GetLogEvents $range $cliCounts $readBack.Count
    Read-UnderFaults $url Find-CwLogEvent FilterLogEvents $range $cliCounts $readBack.Count
}
finally {
    if (-not $emulator.Process.HasExited) { $emulator.Process.Kill($true) }
    $emulator.Process.Dispose()
}
