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

Describe 'Stream names: wildcards, exact names, names piped as text' {
    BeforeAll {
        New-CwLogGroup wild
        $script:LambdaStream = '2026/12/04/[$LATEST]0123456789abcdef'
        foreach ($stream in 'web', 'web-1', 'web-2', 'api-1', $LambdaStream) {
            New-CwLogStream -LogGroupName wild -LogStreamName $stream
            "event of $stream" | Write-CwLogEvent -LogGroupName wild -LogStreamName $stream
        }
        function Get-CallBodies([string] $Operation, [int] $After) {
            @(Get-EmulatorJournal -After $After | Where-Object operation -eq $Operation | ForEach-Object { $_.body | ConvertFrom-Json })
        }
    }

    It 'Get-CwLogStream g ''web-*'' lists the matching streams, asking the service for the literal prefix' {
        $mark = @(Get-EmulatorJournal).Count
        (Get-CwLogStream wild 'web-*').LogStreamName | Should -Be @('web-1', 'web-2')
        (Get-CallBodies DescribeLogStreams $mark).logStreamNamePrefix | Should -Be 'web-'
        (Get-CwLogStream wild '*-1').LogStreamName | Should -Be @('api-1', 'web-1')
        (Get-CwLogStream wild 'web-*' -OrderBy LastEventTime -Descending).LogStreamName | Should -Be @('web-2', 'web-1')
    }

    It 'Get-CwLogStream g name gets exactly that stream, and a missing one is ResourceNotFound' {
        (Get-CwLogStream wild web).LogStreamName | Should -Be 'web'
        (Get-CwLogStream wild $LambdaStream).LogStreamName | Should -Be $LambdaStream
        Get-CwLogStream wild web-9 -ErrorVariable missing -ErrorAction SilentlyContinue
        $missing[0].FullyQualifiedErrorId | Should -Match '^ResourceNotFound,'
        $missing[0].TargetObject | Should -Be 'web-9'
        (Get-CwLogStream wild -LogStreamNamePrefix web).LogStreamName | Should -Be @('web', 'web-1', 'web-2')
    }

    It 'Get-CwLogStream lists a stream that several names match once' {
        (Get-CwLogStream wild 'web-1', 'web-*', '*-1').LogStreamName | Should -Be @('web-1', 'web-2', 'api-1')
    }

    It 'Get-CwLogEvent g ''web-*'' reads the events of every matching stream' {
        $events = @(Get-CwLogEvent wild 'web-*')
        $events.Message | Should -Be @('event of web-1', 'event of web-2')
        $events.LogStreamName | Should -Be @('web-1', 'web-2')
        @(Get-CwLogEvent wild 'nothing-*').Count | Should -Be 0
    }

    It 'Get-CwLogEvent takes a name without * literally, brackets and all (Lambda''s [$LATEST] streams)' {
        (Get-CwLogEvent wild $LambdaStream).Message | Should -Be "event of $LambdaStream"
        (Get-CwLogStream wild | Where-Object LogStreamName -eq $LambdaStream | Get-CwLogEvent).Message | Should -Be "event of $LambdaStream"
    }

    It 'refuses a broken stream pattern before any call' {
        $mark = @(Get-EmulatorJournal).Count
        { Get-CwLogEvent wild 'web-[1*' -ErrorAction Stop } | Should -Throw -ErrorId 'ParameterArgumentValidationError*'
        { Get-CwLogStream wild 'a:b*' -ErrorAction Stop } | Should -Throw -ErrorId 'ParameterArgumentValidationError*'
        @(Get-EmulatorJournal -After $mark).Count | Should -Be 0
    }

    It '''s1'',''s2'' | New-CwLogStream -LogGroupName g creates both streams' {
        New-CwLogGroup text-streams
        's1', 's2' | New-CwLogStream -LogGroupName text-streams
        (Get-CwLogStream text-streams).LogStreamName | Should -Be @('s1', 's2')
        's1', 's2' | Remove-CwLogStream -LogGroupName text-streams -Force
        @(Get-CwLogStream text-streams).Count | Should -Be 0
    }

    It 'a piped log group is still never taken for a stream name' {
        New-CwLogGroup group-not-stream
        $mark = @(Get-EmulatorJournal).Count
        Get-CwLogGroup group-not-stream | New-CwLogStream -ErrorVariable refused -ErrorAction SilentlyContinue
        Get-CwLogGroup group-not-stream | Remove-CwLogStream -Force -ErrorVariable refusedToo -ErrorAction SilentlyContinue
        $refused.Count | Should -Be 1
        $refused[0].FullyQualifiedErrorId | Should -Match '^InputObjectMissingMandatory,'
        $refusedToo.Count | Should -Be 1
        $refusedToo[0].FullyQualifiedErrorId | Should -Match '^InputObjectMissingMandatory,'
        { New-CwLogStream group-not-stream -LogStreamName (Get-CwLogGroup group-not-stream) -ErrorAction Stop } | Should -Throw -ErrorId 'CannotConvertArgumentNoMessage*'
        @(Get-EmulatorJournal -After $mark | Where-Object operation -in 'CreateLogStream', 'DeleteLogStream').Count | Should -Be 0
    }
}

Describe 'Log group names that overlap' {
    It 'Get-CwLogGroup a, ''a*'' lists each group once' {
        'ov', 'ov-2' | New-CwLogGroup
        (Get-CwLogGroup ov, 'ov*').LogGroupName | Should -Be @('ov', 'ov-2')
        (Get-CwLogGroup 'ov*', 'ov-?', ov).LogGroupName | Should -Be @('ov', 'ov-2')
        ('ov', 'ov*' | Get-CwLogGroup).LogGroupName | Should -Be @('ov', 'ov-2')
    }
}
