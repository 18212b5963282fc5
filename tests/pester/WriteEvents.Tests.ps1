# Write-CwLogEvent: every failure named, every event accounted for (issue 13, items 4-7). Its batches are sent from
# a background task; what the user sees (errors, warnings, -Verbose and -Debug lines, -PassThru results) must be
# what every other cmdlet shows, written on the pipeline thread.

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    Reset-Emulator
    New-CwLogGroup wr-g

    function Set-WriteFault {
        <# Arms emulator faults for the next PutLogEvents calls: Name=Count pairs (throttle, fail, drop, lostResponse, latencyMs). #>
        param([hashtable] $Fault)
        $query = @($Fault.GetEnumerator() | ForEach-Object { "$($_.Key)=$($_.Value)" }) + 'operation=PutLogEvents'
        Invoke-RestMethod -Uri "$EmulatorUrl/_emulator/faults?$($query -join '&')" -Method Post | Out-Null
    }

    function Get-Stored([string] $Stream) {
        @(Get-CwLogEvent -LogGroupName wr-g -LogStreamName $Stream -StartTime 3650d)
    }

    function Clear-WriteFault {
        <# Disarms whatever a test left armed: a fresh emulator with the group only. #>
        Reset-Emulator
        New-CwLogGroup wr-g
    }
}

Describe 'Failures are named as for every other cmdlet (item 4)' {
    AfterEach { Clear-WriteFault }

    It 'a stalled endpoint ends in OperationTimeout naming the endpoint' {
        New-CwLogStream wr-g stall
        Set-WriteFault @{ latencyMs = 2500 }
        $err = $null
        try { 'a' | Write-CwLogEvent wr-g stall -TimeoutSec 1 } catch { $err = $_ }
        $err | Should -Not -BeNullOrEmpty
        $err.FullyQualifiedErrorId | Should -BeLike 'OperationTimeout,*'
        "$err" | Should -BeLike "*$($EmulatorUrl.TrimEnd('/'))*"
        "$err" | Should -Not -BeLike '*operation was canceled*'
    }

    It 'connections cut on every attempt end in ServiceCallFailed, never a raw exception' {
        New-CwLogStream wr-g cut
        Set-WriteFault @{ drop = 20 }
        $err = $null
        try { 'a' | Write-CwLogEvent wr-g cut } catch { $err = $_ }
        $err.FullyQualifiedErrorId | Should -BeLike 'ServiceCallFailed,*'
        "$err" | Should -Not -BeLike '*no longer taking events*'
    }

    It 'refused credentials stop the command once, not once per batch' {
        New-CwLogStream wr-g refused
        Set-WriteFault @{ expiredToken = 50 }
        $errors = @(); $err = $null
        try {
            1..25000 | ForEach-Object { "m $_" } | Write-CwLogEvent wr-g refused -FlushInterval 10m -ErrorVariable errors -ErrorAction SilentlyContinue
        } catch { $err = $_ }
        $errors.Count | Should -Be 1 -Because 'the one terminating error, no error per batch'
        $err.FullyQualifiedErrorId | Should -BeLike 'ExpiredToken,*'
        # Every event that reached the command is in the error, to be sent again.
        @($err.TargetObject).Count | Should -BeGreaterThan 10000
    }

    It '-Verbose shows each retry and -Debug each request' {
        New-CwLogStream wr-g chatty
        Set-WriteFault @{ throttle = 1 }
        $lines = 'a', 'b' | Write-CwLogEvent wr-g chatty -Verbose -Debug 4>&1 5>&1 | ForEach-Object { "$_" }
        $lines | Should -Contain 'PutLogEvents: retry, attempt 2 of 3, after ThrottlingException (400): Rate exceeded.' -Because ($lines -join "`n")
        @($lines -match '^PutLogEvents: request id [0-9a-f-]+, \d+ ms, 2 attempts, ').Count | Should -Be 1 -Because ($lines -join "`n")
    }
}

Describe 'Every event is accounted for (item 5)' {
    AfterEach { Clear-WriteFault }

    It 'a failed batch''s error carries its count, time range and events, which pipe back in' {
        $t0 = [DateTimeOffset]::new(2026, 12, 1, 10, 0, 0, [TimeSpan]::Zero)
        $events = 0..2 | ForEach-Object { [pscustomobject]@{ Message = "e$_"; Timestamp = $t0.AddSeconds($_) } }
        $errors = @()
        $events | Write-CwLogEvent wr-g not-yet -ErrorVariable errors -ErrorAction SilentlyContinue
        $errors.Count | Should -Be 1
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'ResourceNotFound,*'
        "$errors" | Should -BeLike '*3 events*'
        "$errors" | Should -BeLike '*2026-12-01T10:00:00.000Z*2026-12-01T10:00:02.000Z*'
        @($errors[0].TargetObject).Count | Should -Be 3

        New-CwLogStream wr-g not-yet
        $errors[0].TargetObject | Write-CwLogEvent wr-g not-yet
        $stored = Get-Stored not-yet
        $stored.Message | Should -Be 'e0', 'e1', 'e2'
        $stored[2].Timestamp | Should -Be $t0.AddSeconds(2)
    }

    It 'Select-Object -First 1 after -PassThru still sends every event it held' {
        New-CwLogStream wr-g first
        # Select-Object stops the producer too: what counts is every event that reached Write-CwLogEvent.
        $script:produced = 0
        $first = 1..25000 | ForEach-Object { $script:produced++; "m $_" } | Write-CwLogEvent wr-g first -FlushInterval 10m -PassThru | Select-Object -First 1
        $first.EventCount | Should -Be 10000
        $produced | Should -BeGreaterThan 10000
        (Get-Stored first).Count | Should -Be $produced
    }
}

Describe 'What a stopped pipeline could not send is counted on the console (item 5)' {
    AfterEach { Clear-WriteFault }

    It 'counts events never sent apart from events sent whose outcome is unknown' {
        New-CwLogStream wr-g stopped
        # Each call takes 5 s: the first batch's result stops the pipeline, the second batch is cut in flight after
        # the 3 s bound, and the events behind it are never sent. A console of its own, as the warning goes to the host.
        $script = @"
Import-Module '$ModulePath'
`$defaults = @{ EndpointUrl = '$EmulatorUrl'; Region = 'us-east-2'; AccessKey = '$TestAccessKey'; SecretKey = '$TestSecretKey' }
Invoke-RestMethod -Method Post -Uri '$EmulatorUrl/_emulator/faults?latencyMs=5000' | Out-Null
`$produced = 0
`$first = 1..25000 | ForEach-Object { `$produced++; "m `$_" } | Write-CwLogEvent wr-g stopped -FlushInterval 10m -PassThru @defaults | Select-Object -First 1
"PRODUCED=`$produced FIRST=`$(`$first.EventCount)"
"@
        # This pwsh is the PowerShell dotnet tool: start the same one.
        $console = & dotnet (Join-Path $PSHOME 'pwsh.dll') -NoProfile -NonInteractive -Command $script 2>&1 | ForEach-Object { "$_" }
        Invoke-RestMethod -Method Post -Uri "$EmulatorUrl/_emulator/faults?latencyMs=0" | Out-Null
        $text = $console -join "`n"
        $text -match 'PRODUCED=(\d+) FIRST=10000' | Should -BeTrue -Because $text
        $produced = [int]$Matches[1]
        $text -match 'ended early and could not send everything it held within 3 s: ([\d,]+) events .* were never sent; 10,000 events .* were sent but their outcome is unknown' |
            Should -BeTrue -Because $text
        $neverSent = [int]($Matches[1] -replace ',')
        # Every event that reached the command: stored (the first batch), in flight when cut (not stored: the emulator
        # was still waiting), or never sent.
        (Get-Stored stopped).Count + 10000 + $neverSent | Should -Be $produced
    }
}

Describe 'At-least-once, said out loud (item 6)' {
    AfterEach { Clear-WriteFault }

    It 'a batch sent again after its answer was lost is reported with its count and time range' {
        New-CwLogStream wr-g lost
        Set-WriteFault @{ lostResponse = 1 }
        $t0 = [DateTimeOffset]::new(2026, 12, 1, 11, 0, 0, [TimeSpan]::Zero)
        $warnings = @()
        $result = 0..1 | ForEach-Object { [pscustomobject]@{ Message = "l$_"; Timestamp = $t0.AddSeconds($_) } } |
            Write-CwLogEvent wr-g lost -PassThru -WarningVariable warnings -WarningAction SilentlyContinue
        $result.PossiblyDuplicated | Should -BeTrue
        $result.Attempts | Should -Be 2
        $warnings.Count | Should -Be 1
        "$warnings" | Should -BeLike '*2 events*2026-12-01T11:00:00.000Z*2026-12-01T11:00:01.000Z*'
        # The emulator did write the first attempt: the events are there twice, as the warning says they may be.
        (Get-Stored lost).Count | Should -Be 4
    }

    It 'a batch sent once is not flagged' {
        New-CwLogStream wr-g once
        $result = 'x' | Write-CwLogEvent wr-g once -PassThru -WarningVariable warnings
        $result.PossiblyDuplicated | Should -BeFalse
        $warnings | Should -BeNullOrEmpty
    }
}

Describe 'Piped objects bind by property (item 7)' {
    AfterEach { Clear-WriteFault }

    It 'binds Message from an object property of any type and from hashtable keys' {
        New-CwLogStream wr-g bind
        $t = [DateTimeOffset]::new(2026, 12, 2, 9, 30, 0, [TimeSpan]::Zero)
        [pscustomobject]@{ Message = 42 } | Write-CwLogEvent wr-g bind
        @{ Message = 'from a hashtable'; Timestamp = $t } | Write-CwLogEvent wr-g bind
        $stored = Get-Stored bind
        $stored.Message | Should -Contain '42'
        $stored.Message | Should -Contain 'from a hashtable'
        ($stored | Where-Object Message -eq 'from a hashtable').Timestamp | Should -Be $t
    }

    It 'keeps scalars as text: numbers, strings and dates' {
        New-CwLogStream wr-g scalars
        1..3 | Write-CwLogEvent wr-g scalars
        (Get-Stored scalars).Message | Should -Be '1', '2', '3'
    }

    It 'an object with no message is an error naming it, not its type or @{...} form' {
        $errors = @()
        [pscustomobject]@{ Name = 'web'; Id = 7 } | Write-CwLogEvent wr-g nomessage -ErrorVariable errors -ErrorAction SilentlyContinue
        $errors.Count | Should -Be 1
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'InvalidLogEvent,*'
        "$errors" | Should -BeLike '*Message*'
        "$errors" | Should -BeLike '*Name, Id*'
        "$errors" | Should -Not -BeLike '*@{*'
        "$errors" | Should -Not -BeLike '*PSCustomObject*'
    }

    It 'refuses a timestamp before 1970 before any call' {
        $before = Get-EmulatorCallCount -Operation PutLogEvents
        $errors = @()
        [pscustomobject]@{ Message = 'old'; Timestamp = [datetime]::new(1969, 7, 20) } |
            Write-CwLogEvent wr-g old -ErrorVariable errors -ErrorAction SilentlyContinue
        $errors.Count | Should -Be 1
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'InvalidLogEvent,*'
        "$errors" | Should -BeLike '*1969-07-20*1970*'
        Get-EmulatorCallCount -Operation PutLogEvents | Should -Be $before
    }

    It 'skips empty messages with one count at the end, not one error per line' {
        New-CwLogStream wr-g blanks
        $errors = @(); $warnings = @()
        'a', '', 'b', '', '' | Write-CwLogEvent wr-g blanks -ErrorVariable errors -WarningVariable warnings -WarningAction SilentlyContinue
        $errors | Should -BeNullOrEmpty
        $warnings.Count | Should -Be 1
        "$warnings" | Should -BeLike '*3 empty*'
        (Get-Stored blanks).Message | Should -Be 'a', 'b'
    }
}
