# What users do with CwLogs objects at the shell: the Utility cmdlets over them, and paging that stops
# as soon as the pipeline does.

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    Reset-Emulator

    'pipe-a', 'pipe-b', 'pipe-c' | New-CwLogGroup
    'api', 'web', 'worker' | ForEach-Object { New-CwLogStream -LogGroupName pipe-a -LogStreamName $_ }
    $script:Start = [DateTimeOffset]::UtcNow.AddMinutes(-10)
    foreach ($stream in 'api', 'web', 'worker') {
        1..30 | ForEach-Object {
            [pscustomobject]@{ Message = "$stream event $_ level=$(if ($_ % 3) { 'info' } else { 'error' })"; Timestamp = $Start.AddSeconds($_) }
        } | Write-CwLogEvent -LogGroupName pipe-a -LogStreamName $stream
    }
}

Describe 'Paging stops with the pipeline' {
    It 'Select-Object -First 2 over groups sends two DescribeLogGroups calls, not three' {
        $before = Get-EmulatorCallCount -Operation DescribeLogGroups
        $first = Get-CwLogGroup -LogGroupNamePrefix pipe- -PageSize 1 | Select-Object -First 2
        $first.LogGroupName | Should -Be @('pipe-a', 'pipe-b')
        (Get-EmulatorCallCount -Operation DescribeLogGroups) - $before | Should -Be 2
    }

    It 'Select-Object -First 15 over events of pages of 10 reads two pages and asks for at most one more ahead' {
        $before = Get-EmulatorCallCount -Operation GetLogEvents
        $events = Get-CwLogEvent -LogGroupName pipe-a -LogStreamName api -PageSize 10 | Select-Object -First 15
        $events.Count | Should -Be 15
        # Event reads request the next page while the pipeline drains the current one, from the second page on;
        # that third request is cancelled when Select-Object stops, maybe before it reaches the emulator.
        (Get-EmulatorCallCount -Operation GetLogEvents) - $before | Should -BeIn 2, 3
    }
}

Describe 'Utility cmdlets over CwLogs objects' {
    It 'Where-Object filters groups by name' {
        (Get-CwLogGroup -LogGroupNamePrefix pipe- | Where-Object LogGroupName -like '*-b').LogGroupName | Should -Be 'pipe-b'
    }

    It 'Sort-Object orders streams, Group-Object counts events per stream' {
        (Get-CwLogStream -LogGroupName pipe-a | Sort-Object LogStreamName -Descending).LogStreamName | Should -Be @('worker', 'web', 'api')
        $groups = Get-CwLogGroup -LogGroupNamePrefix pipe-a | Get-CwLogStream | Get-CwLogEvent | Group-Object LogStreamName
        $groups.Name | Should -Be @('api', 'web', 'worker')
        $groups | ForEach-Object Count | Should -Be @(30, 30, 30)
    }

    It 'Where-Object on the message finds what Find-CwLogEvent finds' {
        $local = Get-CwLogEvent -LogGroupName pipe-a -LogStreamName web | Where-Object Message -like '*level=error'
        $remote = Find-CwLogEvent -LogGroupName pipe-a -LogStreamName web -FilterPattern '"level=error"'
        $local.Count | Should -Be 10
        $remote.Message | Should -Be $local.Message
    }

    It 'Export-Csv and Import-Csv keep names and messages' {
        $csv = Join-Path $TestDrive 'events.csv'
        Get-CwLogEvent -LogGroupName pipe-a -LogStreamName api | Export-Csv -LiteralPath $csv
        $rows = Import-Csv -LiteralPath $csv
        $rows.Count | Should -Be 30
        $rows[0].LogGroupName | Should -Be 'pipe-a'
        $rows[0].LogStreamName | Should -Be 'api'
        $rows.Message | Should -Be (Get-CwLogEvent -LogGroupName pipe-a -LogStreamName api).Message
    }

    It 'ConvertTo-Json serialises groups, streams and events' {
        $json = Get-CwLogStream -LogGroupName pipe-a -LogStreamNamePrefix api | Get-CwLogEvent | Select-Object -First 2 | ConvertTo-Json
        $back = $json | ConvertFrom-Json
        $back.Count | Should -Be 2
        $back[0].Message | Should -Be 'api event 1 level=info'
        $back[0].LogStreamName | Should -Be 'api'
        (Get-CwLogGroup -LogGroupNamePrefix pipe-a | ConvertTo-Json | ConvertFrom-Json).LogGroupName | Should -Be 'pipe-a'
    }
}

Describe 'Copying events between streams' {
    It 'Get-CwLogEvent piped into Write-CwLogEvent copies messages and timestamps' {
        New-CwLogStream -LogGroupName pipe-a -LogStreamName copy
        Get-CwLogEvent -LogGroupName pipe-a -LogStreamName worker | Write-CwLogEvent -LogGroupName pipe-a -LogStreamName copy
        $source = Get-CwLogEvent -LogGroupName pipe-a -LogStreamName worker
        $copy = Get-CwLogEvent -LogGroupName pipe-a -LogStreamName copy
        $copy.Message | Should -Be $source.Message
        $copy.Timestamp | Should -Be $source.Timestamp
    }
}
