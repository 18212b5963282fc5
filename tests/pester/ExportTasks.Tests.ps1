# Export tasks: New-CwLogExportTask (with -Wait and its progress), Get-CwLogExportTask, Stop-CwLogExportTask, against
# the emulator's tasks (PENDING, then RUNNING, then COMPLETED over /_emulator/faults?exportDelayMs=N; one active at a time).

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    Reset-Emulator

    function Set-ExportDelay {
        <# How long new export tasks take to complete in the emulator. #>
        param([Parameter(Mandatory)] [int] $Milliseconds)
        Invoke-RestMethod -Uri "$EmulatorUrl/_emulator/faults?exportDelayMs=$Milliseconds" -Method Post | Out-Null
    }

    function Stop-ActiveExportTask {
        <# Cancels whatever task is still active, so the next test may start one (one active task per account). #>
        Get-CwLogExportTask | Where-Object StatusCode -in 'PENDING', 'RUNNING' | Stop-CwLogExportTask -Confirm:$false
    }

    function Get-JournalMark { @(Get-EmulatorJournal).Count }

    function Get-BodiesSince {
        <# The request bodies of one operation the emulator received after Get-JournalMark returned $Mark. #>
        param([int] $Mark, [string] $Operation)
        @(Get-EmulatorJournal -After $Mark | Where-Object operation -eq $Operation | ForEach-Object { $_.body | ConvertFrom-Json })
    }

    New-CwLogGroup exp-app
    New-CwLogStream exp-app web
    'one', 'two' | Write-CwLogEvent exp-app web
}

Describe 'Export tasks' {
    AfterEach {
        Stop-ActiveExportTask
        Set-ExportDelay 0
    }

    It 'creates a task, sending from/to in epoch milliseconds, and returns it' {
        $from = [datetimeoffset]::new(2026, 1, 2, 3, 4, 5, [timespan]::Zero)
        $to = $from.AddHours(1)
        $task = New-CwLogExportTask -LogGroupName exp-app -Destination exp-bucket -DestinationPrefix daily -From $from -To $to -LogStreamNamePrefix we -TaskName nightly

        $body = (Get-EmulatorJournal -Operation CreateExportTask)[-1].body | ConvertFrom-Json
        $body.from | Should -Be $from.ToUnixTimeMilliseconds()
        $body.to | Should -Be $to.ToUnixTimeMilliseconds()
        $body.logGroupName | Should -Be 'exp-app'
        $body.destination | Should -Be 'exp-bucket'
        $body.destinationPrefix | Should -Be 'daily'
        $body.logStreamNamePrefix | Should -Be 'we'
        $body.taskName | Should -Be 'nightly'

        $task | Should -BeOfType CwLogs.Model.ExportTask
        $task.TaskId | Should -Not -BeNullOrEmpty
        $task.TaskName | Should -Be 'nightly'
        $task.From | Should -BeOfType [datetimeoffset]
        $task.From.ToUnixTimeMilliseconds() | Should -Be $from.ToUnixTimeMilliseconds()
        $task.To.ToUnixTimeMilliseconds() | Should -Be $to.ToUnixTimeMilliseconds()
        (Get-CwLogExportTask -TaskId $task.TaskId).TaskName | Should -Be 'nightly'
    }

    It 'takes -StartTime and -EndTime like every other cmdlet, and -From/-To as their aliases' {
        $start = [datetimeoffset]::new(2026, 1, 2, 3, 4, 5, [timespan]::Zero)
        $null = New-CwLogExportTask exp-app exp-bucket -StartTime $start -EndTime $start.AddHours(2)
        $body = (Get-EmulatorJournal -Operation CreateExportTask)[-1].body | ConvertFrom-Json
        $body.from | Should -Be $start.ToUnixTimeMilliseconds()
        $body.to | Should -Be $start.AddHours(2).ToUnixTimeMilliseconds()
        $parameters = (Get-Command New-CwLogExportTask).Parameters
        $parameters['StartTime'].Aliases | Should -Be @('From')
        $parameters['EndTime'].Aliases | Should -Be @('To')
    }

    It 'takes the group by property name, as from Get-CwLogGroup' {
        $task = Get-CwLogGroup exp-app | New-CwLogExportTask -Destination exp-bucket -From 1h
        $task.LogGroupName | Should -Be 'exp-app'
    }

    It '-Wait shows progress until the task is COMPLETED' {
        $shell = [powershell]::Create()
        try {
            Set-ExportDelay 2500
            $null = $shell.AddScript(". '$PSScriptRoot/Common.ps1'`nNew-CwLogExportTask exp-app exp-bucket -From 1d -Wait")
            $output = $shell.Invoke()
            $shell.Streams.Error | Should -BeNullOrEmpty
            $output.Count | Should -Be 1
            $output[0].StatusCode | Should -Be 'COMPLETED'
            $output[0].CompletionTime | Should -Not -BeNullOrEmpty
            $updates = @($shell.Streams.Progress | Where-Object RecordType -eq 'Processing')
            $updates | Should -Not -BeNullOrEmpty
            $updates[-1].StatusDescription | Should -Match '^(PENDING|RUNNING), \d+(\.|,)\d s$'
            $shell.Streams.Progress[-1].RecordType | Should -Be 'Completed'
        }
        finally { $shell.Dispose() }
    }

    It 'Ctrl+C stops waiting promptly' {
        Set-ExportDelay 600000
        $shell = [powershell]::Create()
        try {
            $null = $shell.AddScript(". '$PSScriptRoot/Common.ps1'`nNew-CwLogExportTask exp-app exp-bucket -From 1d -Wait")
            $mark = Get-JournalMark
            $async = $shell.BeginInvoke()
            $deadline = [datetime]::UtcNow.AddSeconds(30)
            while ((Get-BodiesSince $mark DescribeExportTasks).Count -lt 3 -and [datetime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 100 }
            $watch = [System.Diagnostics.Stopwatch]::StartNew()
            $shell.Stop()
            $watch.Elapsed.TotalSeconds | Should -BeLessThan 10 -Because 'the pause between polls wakes on the stop token'
            $async.IsCompleted | Should -BeTrue
        }
        finally { $shell.Dispose() }
    }

    It 'Get | Stop cancels a RUNNING task' {
        Set-ExportDelay 8000 # PENDING for the first half, then RUNNING
        $task = New-CwLogExportTask exp-app exp-bucket -From 1d
        $deadline = [datetime]::UtcNow.AddSeconds(30)
        while ((Get-CwLogExportTask -TaskId $task.TaskId).StatusCode -ne 'RUNNING' -and [datetime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 100 }

        $mark = Get-JournalMark
        $running = @(Get-CwLogExportTask -StatusCode running)
        (Get-BodiesSince $mark DescribeExportTasks)[0].statusCode | Should -BeExactly 'RUNNING' -Because 'the service wants the canonical spelling'
        $running.TaskId | Should -Be @($task.TaskId)

        $mark = Get-JournalMark
        Get-CwLogExportTask -StatusCode RUNNING | Stop-CwLogExportTask -Confirm:$false

        (Get-BodiesSince $mark CancelExportTask).taskId | Should -Be $task.TaskId
        (Get-CwLogExportTask -TaskId $task.TaskId).StatusCode | Should -Be 'CANCELLED'
        @(Get-CwLogExportTask -StatusCode RUNNING) | Should -BeNullOrEmpty
    }

    It 'a second concurrent task is a non-terminating LimitExceeded error' {
        Set-ExportDelay 600000
        $first = New-CwLogExportTask exp-app exp-bucket -From 1d
        $tasks = @(New-CwLogExportTask exp-app exp-bucket -From 1d -ErrorVariable failed -ErrorAction SilentlyContinue; 'after')
        $tasks | Should -Be @('after')
        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -Match '^LimitExceeded,'
        $failed[0].CategoryInfo.Category | Should -Be 'LimitsExceeded'
        $failed[0].TargetObject | Should -Be 'exp-app'
        $first.TaskId | Should -Not -BeNullOrEmpty
    }

    It 'pages through every task' {
        $mark = Get-JournalMark
        1..4 | ForEach-Object { $null = New-CwLogExportTask exp-app exp-bucket -From 1d -TaskName "page-$_" }
        $names = @(Get-CwLogExportTask -PageSize 1 | Where-Object TaskName -like 'page-*').TaskName
        $names | Sort-Object | Should -Be @('page-1', 'page-2', 'page-3', 'page-4')
        $pages = Get-BodiesSince $mark DescribeExportTasks | Where-Object limit -eq 1
        $pages.Count | Should -BeGreaterThan 4 -Because 'one request per task, and the tasks of the earlier tests'
    }

    It '-WhatIf sends nothing' {
        Set-ExportDelay 600000
        $created = Get-EmulatorCallCount -Operation CreateExportTask
        New-CwLogExportTask exp-app exp-bucket -From 1d -WhatIf
        (Get-EmulatorCallCount -Operation CreateExportTask) | Should -Be $created

        $task = New-CwLogExportTask exp-app exp-bucket -From 1d
        $mark = Get-JournalMark
        $task | Stop-CwLogExportTask -WhatIf
        Get-BodiesSince $mark CancelExportTask | Should -BeNullOrEmpty
        (Get-CwLogExportTask -TaskId $task.TaskId).StatusCode | Should -BeIn 'PENDING', 'RUNNING'
    }

    It 'refuses -EndTime before -StartTime before any call, as the other cmdlets do' {
        $created = Get-EmulatorCallCount -Operation CreateExportTask
        { New-CwLogExportTask exp-app exp-bucket -StartTime 1h -EndTime 2h -ErrorAction Stop } |
            Should -Throw -ErrorId 'EndBeforeStart,CwLogs.Commands.NewCwLogExportTaskCommand'
        (Get-EmulatorCallCount -Operation CreateExportTask) | Should -Be $created
    }

    It 'renders the table within 120 columns' {
        $null = New-CwLogExportTask exp-app exp-bucket-with-a-long-name -DestinationPrefix some/long/prefix -From 1d
        $text = Get-CwLogExportTask | Format-Table | Out-String -Width 120
        $text | Should -Match 'exp-app'
        $text -split "`n" | ForEach-Object { $_.TrimEnd().Length | Should -BeLessOrEqual 120 }
        (Get-CwLogExportTask | Select-Object -First 1 | Format-List | Out-String) | Should -Match 'CompletionTime'
    }
}
