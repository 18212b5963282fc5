# Tab completion of -LogGroupName and -LogStreamName, through TabExpansion2 as the shell calls it.

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    Reset-Emulator
    'cmp-app', 'cmp-api', 'cmp-web', 'other' | New-CwLogGroup
    'web 1', "it's", 'plain' | ForEach-Object { New-CwLogStream -LogGroupName cmp-web -LogStreamName $_ }
    # Completion gives up after about a second; warm the client and JIT so a loaded machine stays inside it.
    $null = Get-CwLogGroup -LogGroupNamePrefix cmp- | Get-CwLogStream

    function Complete([string] $Line) {
        (TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches
    }
}

Describe 'Completing -LogGroupName' {
    It 'lists the groups with the typed prefix' {
        (Complete 'Get-CwLogStream -LogGroupName cmp-ap').CompletionText | Should -Be @('cmp-api', 'cmp-app')
    }

    It 'uses the endpoint, region and keys typed on the command line' {
        $saved = @{} + $PSDefaultParameterValues
        $PSDefaultParameterValues.Clear()
        try {
            $line = "Get-CwLogStream -EndpointUrl $EmulatorUrl -Region us-east-2 -AccessKey $TestAccessKey -SecretKey $TestSecretKey -LogGroupName cmp-w"
            (Complete $line).CompletionText | Should -Be 'cmp-web'
        }
        finally {
            foreach ($key in $saved.Keys) { $PSDefaultParameterValues[$key] = $saved[$key] }
        }
    }

    It 'asks the service for the typed prefix only' {
        $null = Complete 'Remove-CwLogGroup -LogGroupName oth'
        (Get-EmulatorJournal -Operation DescribeLogGroups)[-1].body | Should -Match '"logGroupNamePrefix":"oth"'
    }
}

Describe 'Caching' {
    It 'answers the same prefix again from the cache for a few seconds' {
        $null = Complete 'Get-CwLogStream -LogGroupName cmp-a'
        $before = Get-EmulatorCallCount -Operation DescribeLogGroups
        (Complete 'Get-CwLogStream -LogGroupName cmp-a').CompletionText | Should -Be @('cmp-api', 'cmp-app')
        Get-EmulatorCallCount -Operation DescribeLogGroups | Should -Be $before
    }
}

Describe 'Completing -LogStreamName' {
    It 'lists the streams of the group already typed, quoting names the shell would split' {
        $matches = Complete 'Get-CwLogEvent -LogGroupName cmp-web -LogStreamName '
        $matches.CompletionText | Should -Be @("'it''s'", 'plain', "'web 1'")
        $matches.ListItemText | Should -Be @("it's", 'plain', 'web 1')
    }

    It 'offers nothing before a group is typed' {
        Complete 'Get-CwLogEvent -LogStreamName p' | Where-Object CompletionText -eq 'plain' | Should -BeNullOrEmpty
    }
}

Describe 'A slow or unreachable endpoint' {
    It 'gives no completions and no error instead of waiting for the endpoint' {
        Set-EmulatorFault -LatencyMs 60000
        try {
            $watch = [System.Diagnostics.Stopwatch]::StartNew()
            $result = Complete 'Get-CwLogStream -LogGroupName slow-'
            $watch.Stop()
            $result | Should -BeNullOrEmpty
            $watch.Elapsed.TotalSeconds | Should -BeLessThan 20 -Because 'completion must not wait for the 60 s endpoint'
        }
        finally {
            Set-EmulatorFault -LatencyMs 0
        }
    }

    It 'gives no completions and no error when nothing listens' {
        $saved = $PSDefaultParameterValues['*-CwLog*:EndpointUrl']
        $PSDefaultParameterValues['*-CwLog*:EndpointUrl'] = 'http://127.0.0.1:9'
        try {
            $Error.Clear()
            Complete 'Get-CwLogStream -LogGroupName nothing-' | Should -BeNullOrEmpty
            $Error | Should -BeNullOrEmpty
        }
        finally {
            $PSDefaultParameterValues['*-CwLog*:EndpointUrl'] = $saved
        }
    }
}
