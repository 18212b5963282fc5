# Reads that finish (throttling is ridden out; a read that fails says where to resume), responses read leniently,
# and every error with a documented ErrorId, as a user meets them in the real pwsh.

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')

    function New-FiveEventStream {
        Reset-Emulator
        New-CwLogGroup thr
        New-CwLogStream thr s
        1..5 | ForEach-Object { "event $_" } | Write-CwLogEvent thr s
    }

    function Start-StubEndpoint {
        <# A loopback HTTP endpoint that answers every request with $Body (JSON); counts the requests it got. #>
        param([string] $Body, [switch] $CutShort)
        $listener = [System.Net.HttpListener]::new()
        $port = Get-Random -Minimum 20000 -Maximum 60000
        $listener.Prefixes.Add("http://127.0.0.1:$port/")
        $listener.Start()
        $state = [hashtable]::Synchronized(@{ Requests = 0 })
        $runspace = [runspacefactory]::CreateRunspace()
        $runspace.Open()
        $ps = [powershell]::Create().AddScript({
            param($listener, $body, $state, $cutShort)
            while ($listener.IsListening) {
                try { $context = $listener.GetContext() } catch { break }
                $state.Requests++
                $bytes = [Text.Encoding]::UTF8.GetBytes($body)
                $context.Response.ContentType = 'application/x-amz-json-1.1'
                $context.Response.AddHeader('x-amzn-RequestId', 'stub-request')
                if ($cutShort) {
                    # Promise more than is sent, then drop the connection: the body ends early.
                    $context.Response.ContentLength64 = $bytes.Length + 1000
                    $context.Response.OutputStream.Write($bytes, 0, $bytes.Length)
                    $context.Response.OutputStream.Flush()
                    $context.Response.Abort()
                    continue
                }
                $context.Response.OutputStream.Write($bytes, 0, $bytes.Length)
                $context.Response.Close()
            }
        }).AddArgument($listener).AddArgument($Body).AddArgument($state).AddArgument($CutShort.IsPresent)
        $ps.Runspace = $runspace
        $null = $ps.BeginInvoke()
        [pscustomobject]@{ Url = "http://127.0.0.1:$port"; Listener = $listener; State = $state; PowerShell = $ps; Runspace = $runspace }
    }

    function Stop-StubEndpoint($stub) {
        $stub.Listener.Stop()
        $stub.Listener.Close()
        $stub.PowerShell.Dispose()
        $stub.Runspace.Dispose()
    }

    # The first column of the ERRORS section's table ("A, B" rows name several ids).
    $about = Get-Content (Join-Path $RepoRoot 'docs/en-US/about_CwLogs.md') -Raw
    $errors = [regex]::Match($about, '(?s)\n## ERRORS\n(.*?)\n## ').Groups[1].Value
    $script:AboutErrorIds = @($errors -split "`n" | Where-Object { $_ -match '^\| [A-Z]' } |
        ForEach-Object { ($_ -split '\|')[1] -split ',' } | ForEach-Object { $_.Trim() })
}

Describe 'Reads ride out throttling' {
    BeforeEach { New-FiveEventStream }

    It 'reads every event when a page is throttled more often than the three attempts that used to be all' {
        # Armed once the first event is through, so page 2 meets it.
        $armed = $false
        $events = @(Get-CwLogEvent thr s -PageSize 2 |
            ForEach-Object { if (-not $armed) { $armed = $true; Set-EmulatorFault -Throttle 3 -Operation GetLogEvents }; $_ })

        $events.Message | Should -Be @('event 1', 'event 2', 'event 3', 'event 4', 'event 5')
    }

    It 'says so in one Verbose sentence per retry' {
        Set-EmulatorFault -Throttle 3 -Operation GetLogEvents

        $verbose = @(Get-CwLogEvent thr s -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } |
            Where-Object Message -Match 'retry')

        $verbose.Count | Should -Be 3
        $verbose[0].Message | Should -Match '^GetLogEvents: retry, attempt 2 of \d+, after ThrottlingException \(400\): Rate exceeded\.$'
        $verbose.Message | Should -Not -Match '\.\.$'
    }
}

Describe 'A read that fails part-way says where to resume' {
    BeforeEach { New-FiveEventStream }

    It 'Get-CwLogEvent: the error carries the next token and last event time, and -NextToken resumes there' {
        $armed = $false
        $read = @(Get-CwLogEvent thr s -PageSize 2 -ErrorVariable failed -ErrorAction SilentlyContinue |
            ForEach-Object { if (-not $armed) { $armed = $true; Set-EmulatorFault -Fail 3 -Operation GetLogEvents }; $_ })

        $read.Message | Should -Be @('event 1', 'event 2')
        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -Be 'ServiceUnavailable,CwLogs.Commands.GetCwLogEventCommand'
        $resume = $failed[0].TargetObject
        $resume.NextToken | Should -Not -BeNullOrEmpty
        $resume.LastEventTime | Should -Be $read[1].Timestamp
        $failed[0].ToString() | Should -Match ([regex]::Escape("-NextToken '$($resume.NextToken)'"))
        $failed[0].ErrorDetails.RecommendedAction | Should -Match '-NextToken'

        $rest = @(Get-CwLogEvent thr s -PageSize 2 -NextToken $resume.NextToken)
        $rest.Message | Should -Be @('event 3', 'event 4', 'event 5')
    }

    It 'a read resumed with -NextToken whose first page fails gives that token back, so it can be tried again' {
        $armed = $false
        $null = @(Get-CwLogEvent thr s -PageSize 2 -ErrorVariable failed -ErrorAction SilentlyContinue |
            ForEach-Object { if (-not $armed) { $armed = $true; Set-EmulatorFault -Fail 3 -Operation GetLogEvents }; $_ })
        $token = $failed[0].TargetObject.NextToken

        Set-EmulatorFault -Fail 3 -Operation GetLogEvents
        $again = @(Get-CwLogEvent thr s -PageSize 2 -NextToken $token -ErrorVariable failedAgain -ErrorAction SilentlyContinue)

        $again.Count | Should -Be 0
        $failedAgain.Count | Should -Be 1
        $failedAgain[0].TargetObject.NextToken | Should -Be $token
        @(Get-CwLogEvent thr s -PageSize 2 -NextToken $failedAgain[0].TargetObject.NextToken).Message | Should -Be @('event 3', 'event 4', 'event 5')
    }

    It 'a read that times out part-way ends with an OperationTimeout that says where to read on' {
        $armed = $false
        try {
            Get-CwLogEvent thr s -PageSize 2 -TimeoutSec 1 |
                ForEach-Object { if (-not $armed) { $armed = $true; Set-EmulatorFault -LatencyMs 3000 }; $_ } | Out-Null
        }
        catch { $caught = $_ }
        finally { Set-EmulatorFault -LatencyMs 0 }

        $caught.FullyQualifiedErrorId | Should -Be 'OperationTimeout,CwLogs.Commands.GetCwLogEventCommand'
        $caught.TargetObject.NextToken | Should -Not -BeNullOrEmpty
        $caught.ToString() | Should -Match ([regex]::Escape("-NextToken '$($caught.TargetObject.NextToken)'"))
        @(Get-CwLogEvent thr s -NextToken $caught.TargetObject.NextToken).Message | Should -Be @('event 3', 'event 4', 'event 5')
    }

    It 'Find-CwLogEvent: -NextToken resumes a search' {
        $armed = $false
        $read = @(Find-CwLogEvent thr -PageSize 2 -ErrorVariable failed -ErrorAction SilentlyContinue |
            ForEach-Object { if (-not $armed) { $armed = $true; Set-EmulatorFault -Fail 3 -Operation FilterLogEvents }; $_ })

        $read.Count | Should -Be 2
        $failed.Count | Should -Be 1
        $token = $failed[0].TargetObject.NextToken
        $token | Should -Not -BeNullOrEmpty

        @(Find-CwLogEvent thr -PageSize 2 -NextToken $token).Message | Should -Be @('event 3', 'event 4', 'event 5')
    }
}

Describe 'Responses are read leniently' {
    It 'reads a time written with a fraction (as moto does) into the query list' {
        $stub = Start-StubEndpoint '{"queries":[{"queryId":"q-1","queryString":"fields @message","status":"Complete","createTime":1796393459612.708,"logGroupName":"g"}]}'
        try {
            $query = Get-CwLogQuery -EndpointUrl $stub.Url -ErrorVariable failed -ErrorAction SilentlyContinue

            $failed | Should -BeNullOrEmpty
            $query.QueryId | Should -Be 'q-1'
            $query.CreateTime.ToUnixTimeMilliseconds() | Should -Be 1796393459612
        }
        finally { Stop-StubEndpoint $stub }
    }

    It 'names the operation and the field of a response it cannot read, as ResponseUnreadable, sent once' {
        $stub = Start-StubEndpoint '{"queries":[{"queryId":"q-1","createTime":"yesterday"}]}'
        try {
            # A terminating error: the next response would be no more readable.
            try { Get-CwLogQuery -EndpointUrl $stub.Url -ErrorVariable failed } catch { $caught = $_ }

            $failed.Count | Should -Be 1
            $caught.FullyQualifiedErrorId | Should -Be 'ResponseUnreadable,CwLogs.Commands.GetCwLogQueryCommand'
            $caught.ToString() | Should -Match 'DescribeQueries'
            $caught.ToString() | Should -Match 'createTime'
            $stub.State.Requests | Should -Be 1
        }
        finally { Stop-StubEndpoint $stub }
    }
}

Describe 'Every error has a documented ErrorId' {
    BeforeAll { Reset-Emulator }

    It 'an -EndpointUrl that is not a URL is InvalidAwsContext, not a .NET type name' {
        try { Get-CwLogGroup -EndpointUrl 'not a url' -ErrorVariable failed } catch { $caught = $_ }

        $failed.Count | Should -Be 1
        $caught.FullyQualifiedErrorId | Should -Be 'InvalidAwsContext,CwLogs.Commands.GetCwLogGroupCommand'
        $caught.ToString() | Should -Match 'not a url'
    }

    It 'a failed name lookup is one error, not also a false QueryDefinitionNotFound (<Command>)' -ForEach @(
        @{ Command = 'Get-CwLogQueryDefinition' }
        @{ Command = 'Remove-CwLogQueryDefinition' }
    ) {
        Set-EmulatorFault -Fail 3 -Operation DescribeQueryDefinitions
        $params = @{ Name = 'missing-or-not' }
        if ($Command -eq 'Remove-CwLogQueryDefinition') { $params.Force = $true }

        & $Command @params -ErrorVariable failed -ErrorAction SilentlyContinue

        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'ServiceUnavailable,*'
    }

    It 'a response cut short is ServiceCallFailed naming the operation and endpoint, not an IOException' {
        $stub = Start-StubEndpoint '{"queries":[{"queryId":"q-1","createTime":1796393459612}]}' -CutShort
        try {
            try { Get-CwLogQuery -EndpointUrl $stub.Url -ErrorVariable failed } catch { $caught = $_ }

            $failed.Count | Should -Be 1
            $caught.FullyQualifiedErrorId | Should -Be 'ServiceCallFailed,CwLogs.Commands.GetCwLogQueryCommand'
            $caught.ToString() | Should -Match 'DescribeQueries'
            $caught.ToString() | Should -Match ([regex]::Escape($stub.Url))
        }
        finally { Stop-StubEndpoint $stub }
    }

    It 'each ErrorId these tests met is in the ERRORS table of about_CwLogs' {
        foreach ($id in 'ServiceUnavailable', 'ResponseUnreadable', 'InvalidAwsContext', 'Throttling', 'OperationTimeout', 'ServiceCallFailed') {
            $AboutErrorIds | Should -Contain $id
        }
    }
}

Describe 'OperationTimeout says it once' {
    AfterEach { Set-EmulatorFault -LatencyMs 0 }

    It 'is one sentence naming the endpoint, attempts and timeout' {
        Reset-Emulator
        Set-EmulatorFault -LatencyMs 5000

        try { Get-CwLogGroup -TimeoutSec 1 } catch { $caught = $_ }

        $message = $caught.Exception.Message
        $caught.FullyQualifiedErrorId | Should -Be 'OperationTimeout,CwLogs.Commands.GetCwLogGroupCommand'
        $message | Should -Match ([regex]::Escape($EmulatorUrl))
        ([regex]::Matches($message, '1 s')).Count | Should -Be 1
        ([regex]::Matches($message, '-TimeoutSec')).Count | Should -Be 1
        ([regex]::Matches($message, '\.(\s|$)')).Count | Should -Be 1
    }
}
