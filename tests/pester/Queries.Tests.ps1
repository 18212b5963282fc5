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


    function New-DuplicateQueryDefinition {
        <#
            Two saved queries with one name, as the console or another client can make them (PutQueryDefinition
            without an id always adds one), sent to the emulator directly; returns the first one's id.
        #>
        param([string] $Name)
        $headers = @{
            'X-Amz-Target'  = 'Logs_20140328.PutQueryDefinition'
            'Authorization' = "AWS4-HMAC-SHA256 Credential=$TestAccessKey/20260101/us-east-2/logs/aws4_request, SignedHeaders=host, Signature=0"
        }
        $ids = foreach ($query in 'stats count(*)', 'stats count(*) by level') {
            $body = @{ name = $Name; queryString = $query; logGroupNames = @('app') } | ConvertTo-Json
            (Invoke-RestMethod -Uri $EmulatorUrl -Method Post -Headers $headers -ContentType 'application/x-amz-json-1.1' -Body $body).queryDefinitionId
        }
        $ids[0]
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

        It 'runs saved queries piped from Get-CwLogQueryDefinition, each on its own groups' {
            $levels = Set-CwLogQueryDefinition -Name 'q-pipe/levels' -QueryString 'stats count(*) by level' -LogGroupName app
            $total = Set-CwLogQueryDefinition -Name 'q-pipe/total' -QueryString 'stats count(*)' -LogGroupName q-second
            $mark = Get-JournalMark

            $rows = @(Get-CwLogQueryDefinition 'q-pipe/*' | Invoke-CwLogQuery -StartTime 1h)

            $starts = @(Get-CallsSince $mark StartQuery | ForEach-Object { $_.body | ConvertFrom-Json })
            $starts.Count | Should -Be 2
            $starts[0].queryString | Should -Be 'stats count(*) by level'
            @($starts[0].logGroupNames) | Should -Be @('app')
            $starts[1].queryString | Should -Be 'stats count(*)'
            @($starts[1].logGroupNames) | Should -Be @('q-second')
            $rows.Count | Should -Be 4
            ($rows | Where-Object level -eq 'info').'count(*)' | Should -Be 2
            $rows[-1].'count(*)' | Should -Be 1
            $levels, $total | Remove-CwLogQueryDefinition -Force
        }

        It 'runs a piped saved query on the groups given on the command line instead of its own' {
            $saved = Set-CwLogQueryDefinition -Name 'q-pipe/other' -QueryString 'stats count(*)' -LogGroupName app
            $rows = @($saved | Invoke-CwLogQuery -LogGroupName q-second -StartTime 1h)
            $rows.'count(*)' | Should -Be 1
            $saved | Remove-CwLogQueryDefinition -Force
        }

        It 'warns when the rows stop at the row limit, saying how many matched and how to raise -Limit' {
            New-CwLogGroup q-many
            New-CwLogStream q-many s
            1..1005 | ForEach-Object { "row $_" } | Write-CwLogEvent -LogGroupName q-many -LogStreamName s

            $rows = @(Invoke-CwLogQuery q-many 'fields @message' -StartTime 1h -WarningVariable warned -WarningAction SilentlyContinue)

            $rows.Count | Should -Be 1000
            $warned.Count | Should -Be 1
            $warned[0].Message | Should -Match '1,000 rows'
            $warned[0].Message | Should -Match '1,005 records matched'
            $warned[0].Message | Should -Match '-Limit'

            $all = @(Invoke-CwLogQuery q-many 'fields @message' -StartTime 1h -Limit 2000 -WarningVariable warnedAgain)
            $all.Count | Should -Be 1005
            $warnedAgain.Count | Should -Be 0

            $few = @(Invoke-CwLogQuery q-many 'fields @message' -StartTime 1h -Limit 10 -WarningVariable warnedFew -WarningAction SilentlyContinue)
            $few.Count | Should -Be 10
            $warnedFew[0].Message | Should -Match '10 rows'
        }

        It 'does not warn when the query''s own limit command cut the rows' {
            $rows = @(Invoke-CwLogQuery app 'fields @message | limit 2' -StartTime 1h -Limit 2 -WarningVariable warned)
            $rows.Count | Should -Be 2
            $warned.Count | Should -Be 0
        }

        It 'refuses a saved query name that two saved queries share, listing their ids, before any StartQuery' {
            $null = New-DuplicateQueryDefinition 'q-dup/name'
            $ids = @(Get-CwLogQueryDefinition 'q-dup/name').QueryDefinitionId
            $ids.Count | Should -Be 2
            $mark = Get-JournalMark

            $failure = { Invoke-CwLogQuery -QueryDefinitionName 'q-dup/name' -StartTime 1h } | Should -Throw -PassThru

            $failure.FullyQualifiedErrorId | Should -Match '^AmbiguousQueryDefinitionName,'
            $failure.CategoryInfo.Category | Should -Be 'InvalidArgument'
            foreach ($id in $ids) { $failure.Exception.Message | Should -Match $id }
            @(Get-CallsSince $mark StartQuery).Count | Should -Be 0
            Remove-CwLogQueryDefinition -Name 'q-dup/name' -Force
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

        It 'Set-CwLogQueryDefinition -Name updates the saved query of that name instead of adding a second' {
            $made = Set-CwLogQueryDefinition -Name 'q-set/errors' -QueryString 'filter level = "error"' -LogGroupName app

            $again = Set-CwLogQueryDefinition -Name 'q-set/errors' -QueryString 'filter level = "warn"' -LogGroupName app

            $again.QueryDefinitionId | Should -Be $made.QueryDefinitionId
            $saved = @(Get-CwLogQueryDefinition -Name 'q-set/errors')
            $saved.Count | Should -Be 1
            $saved[0].QueryString | Should -Be 'filter level = "warn"'
            # A name that only starts like an existing one is a new saved query.
            $longer = Set-CwLogQueryDefinition -Name 'q-set/errors-2' -QueryString 'stats count(*)'
            $longer.QueryDefinitionId | Should -Not -Be $made.QueryDefinitionId
            @(Get-CwLogQueryDefinition -Name 'q-set/*').Count | Should -Be 2
            Remove-CwLogQueryDefinition -Name 'q-set/errors' -Force
            Remove-CwLogQueryDefinition -Name 'q-set/errors-2' -Force
        }

        It 'Set-CwLogQueryDefinition -WhatIf sends nothing' {
            $mark = Get-JournalMark
            Set-CwLogQueryDefinition -Name 'q-set/whatif' -QueryString 'stats count(*)' -WhatIf
            @(Get-EmulatorJournal -After $mark).Count | Should -Be 0
        }

        It 'Set-CwLogQueryDefinition -Name refuses a name two saved queries share, listing their ids' {
            $null = New-DuplicateQueryDefinition 'q-set/dup'
            $ids = @(Get-CwLogQueryDefinition 'q-set/dup').QueryDefinitionId
            $mark = Get-JournalMark

            Set-CwLogQueryDefinition -Name 'q-set/dup' -QueryString 'stats count(*)' -ErrorVariable failed -ErrorAction SilentlyContinue

            $failed.Count | Should -Be 1
            $failed[0].FullyQualifiedErrorId | Should -Match '^AmbiguousQueryDefinitionName,'
            $failed[0].TargetObject | Should -Be 'q-set/dup'
            foreach ($id in $ids) { $failed[0].Exception.Message | Should -Match $id }
            $failed[0].Exception.Message | Should -Match '-QueryDefinitionId'
            @(Get-CallsSince $mark PutQueryDefinition).Count | Should -Be 0
            Remove-CwLogQueryDefinition -Name 'q-set/dup' -Force
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
