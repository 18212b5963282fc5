# Logs Insights: Start/Get-Result/Invoke/Stop/Get query, saved queries, group fields and log records, against the
# emulator (its Insights subset: tests/CwLogs.Emulator/README.md).

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    Reset-Emulator

    function Set-QuerySetting {
        <# The emulator's query settings: -DelayMs for new queries to complete, -Limit concurrent queries. #>
        param([int] $DelayMs = -1, [int] $Limit)
        $query = @()
        if ($DelayMs -ge 0) { $query += "queryDelayMs=$DelayMs" }
        if ($Limit) { $query += "queryLimit=$Limit" }
        Invoke-RestMethod -Uri "$EmulatorUrl/_emulator/faults?$($query -join '&')" -Method Post | Out-Null
    }


    function Get-JournalMark { @(Get-EmulatorJournal).Count }

    function Get-CallsSince {
        <# The calls of one operation the emulator received after Get-JournalMark returned $Mark. #>
        param([int] $Mark, [string] $Operation)
        @(Get-EmulatorJournal -After $Mark | Where-Object operation -eq $Operation)
    }

    New-CwLogGroup app
    New-CwLogStream app web
    '{"level":"info","ms":12}', '{"level":"error","ms":250.5}', '{"level":"info","ms":30}', '{"level":"warn","ms":7,"id":"007"}' |
        Write-CwLogEvent -LogGroupName app -LogStreamName web
    New-CwLogGroup q-second
    New-CwLogStream q-second s
    '{"level":"info","ms":1}' | Write-CwLogEvent -LogGroupName q-second -LogStreamName s
}

Describe 'Logs Insights' {
    AfterEach {
        Set-QuerySetting -DelayMs 0 -Limit 30
    }

    Describe 'Invoke-CwLogQuery' {
        It 'prints typed rows for stats count(*) by level (the issue''s command)' {
            $rows = @(Invoke-CwLogQuery -LogGroupName app -QueryString 'stats count(*) by level' -StartTime 1h)

            $rows.Count | Should -Be 3
            $rows[0].PSObject.TypeNames[0] | Should -Be 'CwLogs.Model.QueryResultRow'
            @($rows[0].PSObject.Properties.Name) | Should -Be @('level', 'count(*)')
            $info = $rows | Where-Object level -eq 'info'
            $info.'count(*)' | Should -BeOfType [long]
            $info.'count(*)' | Should -Be 2
            ($rows | Out-String -Width 120) | Should -Match 'info'
        }

        It 'converts @timestamp to DateTimeOffset, numbers to long/double, keeps @ptr and ids with leading zeros as text' {
            $rows = @(Invoke-CwLogQuery app 'fields @timestamp, level, ms, id, @message | sort ms asc' -StartTime 1h)

            $rows.Count | Should -Be 4
            $rows[0].'@timestamp' | Should -BeOfType [DateTimeOffset]
            $rows[0].'@timestamp'.Offset | Should -Be ([TimeZoneInfo]::Local.GetUtcOffset($rows[0].'@timestamp'.UtcDateTime))
            ((Get-Date) - $rows[0].'@timestamp'.LocalDateTime).TotalMinutes | Should -BeLessThan 10
            $rows[0].ms | Should -BeOfType [long]
            $rows[0].id | Should -BeExactly '007'
            ($rows | Where-Object level -eq 'error').ms | Should -BeOfType [double]
            ($rows | Where-Object level -eq 'error').ms | Should -Be 250.5
            $rows[0].'@message' | Should -BeOfType [string]
            $rows[0].'@ptr' | Should -BeOfType [string]
            $rows[0].'@ptr' | Should -Not -BeNullOrEmpty
        }

        It 'queries every group from the pipeline in one query, with the window in epoch seconds' {
            $mark = Get-JournalMark
            $rows = @(Get-CwLogGroup | Where-Object LogGroupName -in 'app', 'q-second' | Invoke-CwLogQuery -QueryString 'stats count(*)' -StartTime 1h)

            $rows.'count(*)' | Should -Be 5
            $start = Get-CallsSince $mark StartQuery
            $start.Count | Should -Be 1
            $body = $start[0].body | ConvertFrom-Json
            @($body.logGroupNames) | Sort-Object | Should -Be @('app', 'q-second')
            $now = [DateTimeOffset]::UtcNow.ToUnixTimeSeconds()
            $body.endTime | Should -BeLessOrEqual $now
            $body.endTime | Should -BeGreaterThan ($now - 600)
            ($body.endTime - $body.startTime) | Should -BeIn (3599..3601)
        }

        It 'waits while the concurrent-query limit is reached, then runs' {
            Set-QuerySetting -DelayMs 2000 -Limit 1
            $blocking = Start-CwLogQuery -LogGroupName app -QueryString 'stats count(*)' -StartTime 1h
            $mark = Get-JournalMark

            $rows = @(Invoke-CwLogQuery -LogGroupName app -QueryString 'stats count(*) by level' -StartTime 1h -Verbose 4>&1)

            @($rows | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -match 'concurrency limit' }).Count | Should -BeGreaterThan 0
            @($rows | Where-Object { $_.PSObject.TypeNames[0] -eq 'CwLogs.Model.QueryResultRow' }).Count | Should -Be 3
            @(Get-CallsSince $mark StartQuery).Count | Should -BeGreaterThan 1
            $blocking.QueryId | Should -Not -BeNullOrEmpty
        }

        It 'stops the query and writes QueryTimedOut when -Timeout passes' {
            Set-QuerySetting -DelayMs 600000
            $mark = Get-JournalMark

            $rows = @(Invoke-CwLogQuery -LogGroupName app -QueryString 'stats count(*)' -StartTime 1h -Timeout 1 -ErrorVariable failed -ErrorAction SilentlyContinue)

            $rows.Count | Should -Be 0
            $failed[0].FullyQualifiedErrorId | Should -Match '^QueryTimedOut'
            $failed[0].CategoryInfo.Category | Should -Be 'OperationTimeout'
            @(Get-CallsSince $mark StopQuery).Count | Should -Be 1
        }

        It 'runs a saved query by -QueryDefinitionName on its own groups' {
            $saved = Set-CwLogQueryDefinition -Name 'q-tests/levels' -QueryString 'stats count(*) by level' -LogGroupName app

            $rows = @(Invoke-CwLogQuery -QueryDefinitionName 'q-tests/levels' -StartTime 1h)

            $rows.Count | Should -Be 3
            $saved | Remove-CwLogQueryDefinition -Force
        }

        It 'refuses a missing saved query, no groups, and a reversed window before any StartQuery' {
            $mark = Get-JournalMark
            { Invoke-CwLogQuery -QueryDefinitionName 'q-tests/none' -StartTime 1h -ErrorAction Stop } | Should -Throw -ErrorId 'QueryDefinitionNotFound*'
            { Invoke-CwLogQuery -QueryString 'stats count(*)' -StartTime 1h -ErrorAction Stop } | Should -Throw -ErrorId 'NoLogGroups*'
            { Invoke-CwLogQuery app 'stats count(*)' -StartTime 1h -EndTime 2h -ErrorAction Stop } | Should -Throw -ErrorId 'EndBeforeStart*'
            @(Get-CallsSince $mark StartQuery).Count | Should -Be 0
        }

        It 'reports a query the service refuses as a non-terminating error naming the groups' {
            $rows = @(Invoke-CwLogQuery app 'dedup level' -StartTime 1h -ErrorVariable failed -ErrorAction SilentlyContinue)
            $rows.Count | Should -Be 0
            $failed[0].FullyQualifiedErrorId | Should -Match '^MalformedQuery'
            $failed[0].TargetObject | Should -Be 'app'
        }

        It '-WhatIf starts nothing' {
            $mark = Get-JournalMark
            Invoke-CwLogQuery app 'stats count(*)' -StartTime 1h -WhatIf
            Start-CwLogQuery app 'stats count(*)' -StartTime 1h -WhatIf
            @(Get-CallsSince $mark StartQuery).Count | Should -Be 0
        }
    }

    Describe 'Start-CwLogQuery, Get-CwLogQueryResult, Get-CwLogRecord' {
        It 'starts a query and -Wait reads it to Complete with statistics and typed rows' {
            Set-QuerySetting -DelayMs 1500
            $query = Start-CwLogQuery -LogGroupName app -QueryString 'fields level, ms | sort ms desc' -StartTime 1h -Limit 2

            $query.QueryId | Should -Not -BeNullOrEmpty
            $query.LogGroupNames | Should -Be @('app')
            $query.StartTime | Should -BeOfType [DateTimeOffset]
            $query.Limit | Should -Be 2
            (Get-CwLogQueryResult -QueryId $query.QueryId).Status | Should -BeIn 'Scheduled', 'Running'

            $result = $query | Get-CwLogQueryResult -Wait

            $result.Status | Should -Be 'Complete'
            $result.Statistics.RecordsScanned | Should -Be 4
            $result.Statistics.RecordsMatched | Should -Be 4
            $result.Rows.Count | Should -Be 2
            $result.Rows[0].ms | Should -Be 250.5
            ($result | Format-Table | Out-String -Width 120) -split "`n" | ForEach-Object { $_.TrimEnd().Length | Should -BeLessOrEqual 120 }
        }

        It 'reads the whole record behind a row through @ptr' {
            $query = Start-CwLogQuery app 'fields level | filter level = "warn"' -StartTime 1h
            $row = ($query | Get-CwLogQueryResult -Wait).Rows | Select-Object -First 1

            $record = $row | Get-CwLogRecord

            $record.PSObject.TypeNames[0] | Should -Be 'CwLogs.Model.LogRecord'
            $record.'@message' | Should -BeExactly '{"level":"warn","ms":7,"id":"007"}'
            $record.'@timestamp' | Should -BeOfType [DateTimeOffset]
            $record.'@logStream' | Should -Be 'web'
        }

        It 'writes a non-terminating error for an unknown query id and goes on with the next' {
            $good = Start-CwLogQuery app 'stats count(*)' -StartTime 1h
            $results = @(@([pscustomobject]@{ QueryId = 'no-such-query' }, $good) | Get-CwLogQueryResult -ErrorVariable failed -ErrorAction SilentlyContinue)
            $results.Count | Should -Be 1
            $failed[0].FullyQualifiedErrorId | Should -Match '^ResourceNotFound,'
            $failed[0].TargetObject | Should -Be 'no-such-query'
        }
    }

    Describe 'Get-CwLogQuery and Stop-CwLogQuery' {
        It 'Get-CwLogQuery -Status Scheduled | Stop-CwLogQuery stops the waiting queries' {
            Set-QuerySetting -DelayMs 600000
            $started = Start-CwLogQuery q-second 'stats count(*)' -StartTime 1h
            Start-Sleep -Milliseconds 100
            (Get-CwLogQuery -LogGroupName q-second -Status Scheduled).QueryId | Should -Contain $started.QueryId
            Set-QuerySetting -DelayMs 0
            $mark = Get-JournalMark

            Get-CwLogQuery -Status Scheduled | Stop-CwLogQuery -WhatIf
            @(Get-CallsSince $mark StopQuery).Count | Should -Be 0
            Get-CwLogQuery -Status Scheduled | Stop-CwLogQuery

            @(Get-CallsSince $mark StopQuery).Count | Should -BeGreaterThan 0
            (Get-CwLogQueryResult $started.QueryId).Status | Should -Be 'Cancelled'
            @(Get-CwLogQuery -Status Scheduled).Count | Should -Be 0
        }

        It 'pages through many queries and renders within 120 columns' {
            1..5 | ForEach-Object { Start-CwLogQuery q-second 'stats count(*)' -StartTime 1h } | Out-Null
            $mark = Get-JournalMark
            $queries = @(Get-CwLogQuery -LogGroupName q-second -PageSize 2)
            $queries.Count | Should -BeGreaterOrEqual 6
            @(Get-CallsSince $mark DescribeQueries).Count | Should -BeGreaterThan 2
            $queries[0].CreateTime | Should -BeOfType [DateTimeOffset]
            ($queries | Format-Table | Out-String -Width 120) -split "`n" | ForEach-Object { $_.TrimEnd().Length | Should -BeLessOrEqual 120 }
        }
    }

    Describe 'Saved queries' {
        It 'creates, reads, updates and removes a saved query' {
            $made = Set-CwLogQueryDefinition -Name 'q-tests/errors' -QueryString 'filter level = "error"' -LogGroupName app
            $made.QueryDefinitionId | Should -Not -BeNullOrEmpty

            $read = Get-CwLogQueryDefinition -Name 'q-tests/err*'
            $read.QueryDefinitionId | Should -Be $made.QueryDefinitionId
            $read.LogGroupNames | Should -Be @('app')
            $read.LastModified | Should -BeOfType [DateTimeOffset]

            $read | Set-CwLogQueryDefinition -QueryString 'filter level = "warn"' | Out-Null
            @(Get-CwLogQueryDefinition -Name 'q-tests/errors').Count | Should -Be 1
            (Get-CwLogQueryDefinition -QueryDefinitionId $made.QueryDefinitionId).QueryString | Should -Be 'filter level = "warn"'

            $mark = Get-JournalMark
            Get-CwLogQueryDefinition -Name 'q-tests/errors' | Remove-CwLogQueryDefinition -WhatIf
            @(Get-CallsSince $mark DeleteQueryDefinition).Count | Should -Be 0
            Remove-CwLogQueryDefinition -Name 'q-tests/errors' -Force
            @(Get-CwLogQueryDefinition -Name 'q-tests/*').Count | Should -Be 0
        }

        It 'reports a name that matches no saved query as ObjectNotFound' {
            Get-CwLogQueryDefinition -Name 'q-tests/missing' -ErrorVariable failed -ErrorAction SilentlyContinue
            $failed[0].FullyQualifiedErrorId | Should -Match '^QueryDefinitionNotFound'
            $failed[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        }

        It 'refuses a name the service would refuse before any call' {
            $mark = Get-JournalMark
            Set-CwLogQueryDefinition -Name 'bad:name' -QueryString 'stats count(*)' -ErrorVariable failed -ErrorAction SilentlyContinue
            $failed[0].FullyQualifiedErrorId | Should -Match '^InvalidRequest'
            @(Get-CallsSince $mark PutQueryDefinition).Count | Should -Be 0
        }
    }

    Describe 'Get-CwLogGroupField' {
        It 'lists the fields of a group with their share of events' {
            $fields = @(Get-CwLogGroup app | Get-CwLogGroupField)
            $fields.Name | Should -Contain 'level'
            $fields.Name | Should -Contain '@message'
            ($fields | Where-Object Name -eq 'id').Percent | Should -Be 25
            $fields[0].LogGroupName | Should -Be 'app'
            ($fields | Format-Table | Out-String -Width 120) -split "`n" | ForEach-Object { $_.TrimEnd().Length | Should -BeLessOrEqual 120 }
        }
    }
}
