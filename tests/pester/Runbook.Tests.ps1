# How runbooks use CwLogs: defaults set once, error handling with -ErrorAction/-ErrorVariable/try/catch,
# -WhatIf and -Confirm:$false, and re-importing the module.

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    Reset-Emulator
    'rb-a', 'rb-b' | New-CwLogGroup
    New-CwLogStream -LogGroupName rb-a -LogStreamName s1
    New-CwLogStream -LogGroupName rb-b -LogStreamName s2
}

Describe '$PSDefaultParameterValues' {
    It 'supplies any CwLogs parameter, and an explicit argument wins' {
        $PSDefaultParameterValues['Get-CwLogGroup:LogGroupNamePrefix'] = 'rb-b'
        try {
            (Get-CwLogGroup).LogGroupName | Should -Be 'rb-b'
            (Get-CwLogGroup -LogGroupNamePrefix rb-a).LogGroupName | Should -Be 'rb-a'
        }
        finally {
            $PSDefaultParameterValues.Remove('Get-CwLogGroup:LogGroupNamePrefix')
        }
    }
}

Describe 'Errors as runbooks handle them' {
    It 'try/catch with -ErrorAction Stop sees the service error with its id, category and target' {
        $caught = $null
        try { Get-CwLogStream -LogGroupName rb-missing -ErrorAction Stop }
        catch { $caught = $_ }
        $caught | Should -Not -BeNullOrEmpty
        $caught.FullyQualifiedErrorId | Should -Be 'ResourceNotFound,CwLogs.Commands.GetCwLogStreamCommand'
        $caught.CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $caught.TargetObject | Should -Be 'rb-missing'
    }

    It 'one bad item in a pipeline is a non-terminating error; -ErrorVariable collects it and the rest goes on' {
        $streams = 'rb-a', 'rb-missing', 'rb-b' | Get-CwLogStream -ErrorVariable problems -ErrorAction SilentlyContinue
        $streams.LogStreamName | Should -Be @('s1', 's2')
        $problems.Count | Should -Be 1
        $problems[0].TargetObject | Should -Be 'rb-missing'
    }

    It '$ErrorActionPreference = Stop turns the first error into an exception' {
        $ErrorActionPreference = 'Stop'
        { 'rb-missing', 'rb-a' | Get-CwLogStream } | Should -Throw -ErrorId 'ResourceNotFound,CwLogs.Commands.GetCwLogStreamCommand'
    }

    It 'bad input is refused before any call' {
        $before = (Get-EmulatorJournal).Count
        { Get-CwLogStream -LogGroupName 'bad name!' -ErrorAction Stop } | Should -Throw
        (Get-EmulatorJournal).Count | Should -Be $before
    }
}

Describe '-WhatIf and -Confirm:$false' {
    It '-WhatIf changes nothing' {
        Remove-CwLogGroup -LogGroupName rb-b -WhatIf
        Get-CwLogGroup -LogGroupNamePrefix rb-b | Should -Not -BeNullOrEmpty
        Get-EmulatorCallCount -Operation DeleteLogGroup | Should -Be 0
    }

    It '-Confirm:$false deletes without a prompt (a prompt would fail in this non-interactive pwsh)' {
        New-CwLogGroup rb-gone
        Remove-CwLogGroup -LogGroupName rb-gone -Confirm:$false
        Get-CwLogGroup -LogGroupNamePrefix rb-gone | Should -BeNullOrEmpty
    }
}

Describe 'Import-Module -Force twice in one session' {
    It 'leaves every cmdlet exported and working' {
        $count = (Get-Command -Module CwLogs).Count
        Import-Module -Name $ModulePath -Force
        Import-Module -Name $ModulePath -Force
        (Get-Command -Module CwLogs).Count | Should -Be $count
        (Get-Module -Name CwLogs).Count | Should -Be 1
        (Get-CwLogGroup -LogGroupNamePrefix rb-a).LogGroupName | Should -Be 'rb-a'
    }
}
