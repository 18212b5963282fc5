# Times as a user types them at the shell, and output times through Export-Csv/Import-Csv.

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    Reset-Emulator
    New-CwLogGroup times
    New-CwLogStream times s
    $script:Now = [DateTimeOffset]::UtcNow
    # Milliseconds that are not zero, so that losing them shows.
    $script:Written = [pscustomobject]@{ Message = 'two hours ago'; Timestamp = $Now.AddHours(-2).AddMilliseconds(-123) },
        [pscustomobject]@{ Message = 'ten minutes ago'; Timestamp = $Now.AddMinutes(-10).AddMilliseconds(-457) }
    $Written | Write-CwLogEvent times s
}

Describe 'Time parameters' {
    It 'reads a compound age typed without quotes: <Typed>' -ForEach @(
        @{ Typed = '-StartTime 1h30m'; Expected = @('ten minutes ago') }
        @{ Typed = '-StartTime 2d12h'; Expected = @('two hours ago', 'ten minutes ago') }
        @{ Typed = '-StartTime 3h -EndTime 1h30m'; Expected = @('two hours ago') }
    ) {
        (Invoke-Expression "Get-CwLogEvent times s $Typed").Message | Should -Be $Expected
    }

    It 'reads today, yesterday and a time of day as local time' {
        $midnight = [DateTimeOffset]::new([datetime]::Today)
        $body = { param($t) Get-CwLogEvent times s -StartTime $t | Out-Null; ((Get-EmulatorJournal -Operation GetLogEvents)[-1].body | ConvertFrom-Json).startTime }
        & $body 'today' | Should -Be $midnight.ToUnixTimeMilliseconds()
        & $body 'yesterday' | Should -Be $midnight.AddDays(-1).ToUnixTimeMilliseconds()
        & $body '10:00' | Should -Be $midnight.AddHours(10).ToUnixTimeMilliseconds()
        & $body '10:00:30' | Should -Be $midnight.AddHours(10).AddSeconds(30).ToUnixTimeMilliseconds()
    }

    It 'reads a bare number under 100,000,000,000 as epoch seconds, a larger one as milliseconds' {
        $seconds = $Now.AddHours(-1).ToUnixTimeSeconds()
        (Get-CwLogEvent times s -StartTime $seconds).Message | Should -Be @('ten minutes ago')
        (Get-CwLogEvent times s -StartTime ($seconds * 1000)).Message | Should -Be @('ten minutes ago')
    }

    It 'names 1y as typed, with the accepted forms' {
        { Get-CwLogEvent times s -StartTime 1y -ErrorAction Stop } |
            Should -Throw -ExpectedMessage "*Cannot read '1y' as a time: y is not a unit of age (use s, m, h, d or w). Use a DateTime*"
    }
}

Describe 'Output times through Export-Csv and Import-Csv' {
    It 'keep the instant to the millisecond' {
        $events = Get-CwLogEvent times s
        $csv = Join-Path $TestDrive 'events.csv'
        $events | Export-Csv -LiteralPath $csv
        $rows = @(Import-Csv -LiteralPath $csv)
        $rows.Count | Should -Be 2
        for ($i = 0; $i -lt 2; $i++) {
            ([DateTimeOffset]$rows[$i].Timestamp).ToUnixTimeMilliseconds() | Should -Be $events[$i].Timestamp.ToUnixTimeMilliseconds()
            ([DateTimeOffset]$rows[$i].Timestamp).Offset | Should -Be $events[$i].Timestamp.Offset
            ([DateTimeOffset]$rows[$i].IngestionTime).ToUnixTimeMilliseconds() | Should -Be $events[$i].IngestionTime.ToUnixTimeMilliseconds()
        }
        # and back into a time parameter, to the millisecond
        (Get-CwLogEvent times s -StartTime $rows[1].Timestamp).Message | Should -Be @('ten minutes ago')
        $after = [DateTimeOffset]$rows[1].Timestamp
        @(Get-CwLogEvent times s -StartTime $after.AddMilliseconds(1)).Count | Should -Be 0
    }

    It 'keeps each output time a DateTimeOffset that compares and formats as before' {
        $event = Get-CwLogEvent times s | Select-Object -Last 1
        $event.Timestamp | Should -BeOfType [DateTimeOffset]
        $event.Timestamp.ToString('yyyy') | Should -Be $event.Timestamp.Year.ToString()
        ((Get-Date).AddHours(-1) -lt $event.Timestamp) | Should -BeTrue
        ($event.Timestamp -gt (Get-Date).AddHours(-1)) | Should -BeTrue
        # ConvertTo-Json drops trailing zeros of the fraction (.790 -> .79): compare the instant it wrote.
        $json = $event | ConvertTo-Json | ConvertFrom-Json -DateKind String
        ([DateTimeOffset]$json.Timestamp).ToUnixTimeMilliseconds() | Should -Be $event.Timestamp.ToUnixTimeMilliseconds()
    }
}
