# Progress on long work, as the progress records a runspace collects: shown on reads and writes longer
# than a second, completed at the end, nothing when $ProgressPreference is SilentlyContinue. The timing
# rules themselves (nothing in the first second, four updates a second) are unit tests: ProgressReporterTests.

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    Reset-Emulator
    New-CwLogGroup prog-g
    New-CwLogStream prog-g s
    1..40 | ForEach-Object { "event $_" } | Write-CwLogEvent prog-g s

    function Invoke-Collecting {
        <# Runs a script in a new runspace set up like this one; returns its output, progress records and errors. #>
        param([Parameter(Mandatory)] [string] $Script, [int] $LatencyMs = 0)
        $shell = [powershell]::Create()
        try {
            $null = $shell.AddScript(". '$PSScriptRoot/Common.ps1'`n$Script")
            Set-EmulatorFault -LatencyMs $LatencyMs
            $watch = [System.Diagnostics.Stopwatch]::StartNew()
            $output = $shell.Invoke()
            [pscustomobject]@{
                Output   = $output
                Progress = @($shell.Streams.Progress)
                Errors   = @($shell.Streams.Error)
                Seconds  = $watch.Elapsed.TotalSeconds
            }
        }
        finally {
            Set-EmulatorFault -LatencyMs 0
            $shell.Dispose()
        }
    }
}

Describe 'Reading events' {
    It 'reports events read and the time reached on a read longer than a second, then completes' {
        $run = Invoke-Collecting -LatencyMs 300 -Script 'Get-CwLogEvent prog-g s -PageSize 4'
        $run.Errors | Should -BeNullOrEmpty
        $run.Output.Count | Should -Be 40
        $updates = @($run.Progress | Where-Object RecordType -eq 'Processing')
        $updates | Should -Not -BeNullOrEmpty
        $updates[-1].StatusDescription | Should -Match '^\d+ events read, up to \d{4}-\d\d-\d\d \d\d:\d\d:\d\d in s$'
        $updates.Count | Should -BeLessOrEqual ([math]::Ceiling($run.Seconds * 4) + 1) -Because 'at most four updates a second'
        $run.Progress[-1].RecordType | Should -Be 'Completed'
    }

    It 'shows nothing when $ProgressPreference is SilentlyContinue, or with -ProgressAction SilentlyContinue' {
        (Invoke-Collecting -LatencyMs 300 -Script '$ProgressPreference = ''SilentlyContinue''; Find-CwLogEvent prog-g -PageSize 4').Progress |
            Should -BeNullOrEmpty
        (Invoke-Collecting -LatencyMs 300 -Script 'Find-CwLogEvent prog-g -PageSize 4 -ProgressAction SilentlyContinue').Progress |
            Should -BeNullOrEmpty
    }

    It 'completes the bar when the pipeline stops early' {
        $run = Invoke-Collecting -LatencyMs 300 -Script 'Get-CwLogEvent prog-g s -PageSize 4 | Select-Object -First 30'
        $run.Output.Count | Should -Be 30
        @($run.Progress | Where-Object RecordType -eq 'Processing') | Should -Not -BeNullOrEmpty
        $run.Progress[-1].RecordType | Should -Be 'Completed'
    }
}

Describe 'Writing events' {
    It 'reports events and bytes sent' {
        $run = Invoke-Collecting -LatencyMs 400 -Script '1..25000 | ForEach-Object { "message $_" } | Write-CwLogEvent prog-g w -CreateMissing'
        $run.Errors | Should -BeNullOrEmpty
        $updates = @($run.Progress | Where-Object RecordType -eq 'Processing')
        $updates | Should -Not -BeNullOrEmpty
        $updates[-1].StatusDescription | Should -Match '^[\d,.]+ events sent \([\d.]+ (B|KB|MB)\)$'
        $run.Progress[-1].RecordType | Should -Be 'Completed'
        (Get-CwLogEvent prog-g w | Measure-Object).Count | Should -Be 25000
    }
}
