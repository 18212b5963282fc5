# Output times outside UTC: a child pwsh runs with TZ set before it starts (.NET reads the zone once), and
# reports what a user in that zone sees: Where-Object against Get-Date, ConvertTo-Json, Export-Csv/Import-Csv
# (to the millisecond).

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    Reset-Emulator

    function Invoke-PwshInZone {
        <# Runs a script in a new pwsh (this one's executable) with TZ = $Zone; returns its JSON output as an object. #>
        param([Parameter(Mandatory)] [string] $Zone, [Parameter(Mandatory)] [string] $Script)
        $start = [System.Diagnostics.ProcessStartInfo]::new([Environment]::ProcessPath)
        # Under `dotnet pwsh` the executable is dotnet, and pwsh.dll is the first argument.
        if ([IO.Path]::GetFileNameWithoutExtension([Environment]::ProcessPath) -eq 'dotnet') {
            $start.ArgumentList.Add([Environment]::GetCommandLineArgs()[0])
        }
        foreach ($argument in '-NoProfile', '-NonInteractive', '-Command', $Script) { $start.ArgumentList.Add($argument) }
        # The emulator and module variables (CWLOGS_*) are inherited; only the zone differs.
        $start.Environment['TZ'] = $Zone
        $start.RedirectStandardOutput = $true
        $start.RedirectStandardError = $true
        $start.UseShellExecute = $false
        $child = [System.Diagnostics.Process]::Start($start)
        $errors = $child.StandardError.ReadToEndAsync()
        $output = $child.StandardOutput.ReadToEnd()
        $child.WaitForExit()
        # The script's last line is its JSON report; errors before it show in the report's empty values.
        $report = ($output -split "`n" | Where-Object { $_ -like '{*' } | Select-Object -Last 1)
        if (-not $report) { throw "pwsh with TZ=$Zone wrote no report ($($child.ExitCode)): $output $($errors.Result)" }
        # -DateKind String: the report's times are the child's text, not dates ConvertFrom-Json re-reads in this zone.
        $report | ConvertFrom-Json -DateKind String
    }

    $script:ChildScript = @'
$ErrorActionPreference = 'Stop'
. (Join-Path '{0}' 'Common.ps1')
$group = '{1}'
New-CwLogGroup $group
New-CwLogStream $group a
New-CwLogStream $group copy
[pscustomobject]@{{ Message = 'old'; Timestamp = '90m' }}, [pscustomobject]@{{ Message = 'new'; Timestamp = '10m' }} |
    Write-CwLogEvent $group a
$events = Get-CwLogEvent $group a
$csv = Join-Path ([IO.Path]::GetTempPath()) "$group-$PID.csv"
$events | Export-Csv -LiteralPath $csv
$rows = Import-Csv -LiteralPath $csv
$ErrorActionPreference = 'Continue'
# Each step reports its own failure, so that one broken behaviour does not hide the others.
$copyError = try {{ $rows | Write-CwLogEvent $group copy; $null }} catch {{ "$_" }}
$result = [pscustomobject]@{{
    ZoneOffsetMinutes = [TimeZoneInfo]::Local.GetUtcOffset([DateTimeOffset]::UtcNow).TotalMinutes
    OffsetMinutes     = @($events.Timestamp | ForEach-Object {{ $_.Offset.TotalMinutes }})
    Shown             = @($events.Timestamp | ForEach-Object {{ $_.ToString() }})
    LocalHours        = @($events.Timestamp | ForEach-Object {{ $_.Hour }})
    EpochMs           = @($events.Timestamp | ForEach-Object {{ $_.ToUnixTimeMilliseconds() }})
    NewerThanHourAgo  = @(Get-CwLogEvent $group a | Where-Object Timestamp -gt (Get-Date).AddHours(-1) | ForEach-Object Message)
    OlderThanHourAgo  = @(Get-CwLogEvent $group a | Where-Object Timestamp -lt (Get-Date).AddHours(-1) | ForEach-Object Message)
    DateTimeOnLeft    = @(try {{ Get-CwLogEvent $group a | Where-Object {{ (Get-Date).AddHours(-1) -lt $_.Timestamp }} | ForEach-Object Message }} catch {{ "$_" }})
    AsLocalDateTime   = @($events.Timestamp | ForEach-Object {{ $d = [datetime]$_; '{{0}}|{{1:o}}' -f $d.Kind, $d.ToUniversalTime() }})
    Json              = $events | ConvertTo-Json -Compress
    CsvTimestamps     = @($rows.Timestamp)
    CopyError         = $copyError
    CopyEpochSeconds  = @((Get-CwLogEvent $group copy).Timestamp | ForEach-Object {{ $_.ToUnixTimeSeconds() }})
    FromCsvStartTime  = @(try {{ Get-CwLogEvent $group a -StartTime $rows[1].Timestamp | ForEach-Object Message }} catch {{ "$_" }})
}}
Remove-Item -LiteralPath $csv
$result | ConvertTo-Json -Compress -Depth 3
'@
}

Describe 'Times in <Zone>' -ForEach @(
    @{ Zone = 'America/New_York'; Group = 'tz-new-york' }
    @{ Zone = 'Asia/Kolkata'; Group = 'tz-kolkata' }
) {
    BeforeAll {
        $script:Seen = Invoke-PwshInZone -Zone $Zone -Script ($ChildScript -f $PSScriptRoot, $Group)
        $script:ZoneInfo = [TimeZoneInfo]::FindSystemTimeZoneById($Zone)
    }

    It 'the child really runs in the zone' {
        $Seen.ZoneOffsetMinutes | Should -Be $ZoneInfo.GetUtcOffset([DateTimeOffset]::UtcNow).TotalMinutes
        $Seen.ZoneOffsetMinutes | Should -Not -Be 0
    }

    It 'shows local time with the local offset' {
        foreach ($i in 0, 1) {
            $instant = [DateTimeOffset]::FromUnixTimeMilliseconds($Seen.EpochMs[$i])
            $Seen.OffsetMinutes[$i] | Should -Be $ZoneInfo.GetUtcOffset($instant).TotalMinutes
            $Seen.LocalHours[$i] | Should -Be ([TimeZoneInfo]::ConvertTime($instant, $ZoneInfo).Hour)
            $Seen.Shown[$i] | Should -Match ([regex]::Escape($instant.ToOffset($ZoneInfo.GetUtcOffset($instant)).ToString('zzz')) + '$')
        }
    }

    It 'compares with Get-Date by the instant' {
        $Seen.NewerThanHourAgo | Should -Be @('new')
        $Seen.OlderThanHourAgo | Should -Be @('old')
    }

    It 'compares with Get-Date on the left too, and converts to a local DateTime of the same instant' {
        $Seen.DateTimeOnLeft | Should -Be @('new')
        foreach ($i in 0, 1) {
            $utc = [DateTimeOffset]::FromUnixTimeMilliseconds($Seen.EpochMs[$i]).UtcDateTime
            $Seen.AsLocalDateTime[$i] | Should -Be ('Local|{0:o}' -f $utc)
        }
    }

    It 'keeps the instant and the offset through ConvertTo-Json' {
        $texts = [regex]::Matches($Seen.Json, '"Timestamp":"([^"]+)"') | ForEach-Object { $_.Groups[1].Value }
        $texts.Count | Should -Be 2
        foreach ($i in 0, 1) {
            $texts[$i] | Should -Match '[+-]\d\d:\d\d$'
            [DateTimeOffset]::Parse($texts[$i], [cultureinfo]::InvariantCulture).ToUnixTimeMilliseconds() | Should -Be $Seen.EpochMs[$i]
        }
    }

    It 'keeps the instant through Export-Csv and Import-Csv, into Write-CwLogEvent and -StartTime' {
        $Seen.CsvTimestamps | ForEach-Object { $_ | Should -Match '\.\d{3}[+-]\d\d:\d\d$' }
        foreach ($i in 0, 1) {
            [DateTimeOffset]::Parse($Seen.CsvTimestamps[$i], [cultureinfo]::InvariantCulture).ToUnixTimeMilliseconds() | Should -Be $Seen.EpochMs[$i]
        }
        $Seen.CopyError | Should -BeNullOrEmpty
        $Seen.CopyEpochSeconds | Should -Be @($Seen.EpochMs | ForEach-Object { [math]::Floor($_ / 1000) })
        $Seen.FromCsvStartTime | Should -Be @('new')
    }
}
