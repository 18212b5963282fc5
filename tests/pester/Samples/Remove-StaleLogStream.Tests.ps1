BeforeAll {
    # Mock copies the real cmdlet's parameters, so the module must be loaded; no AWS call is made.
    Import-Module CwLogs
    . (Join-Path $PSScriptRoot 'Remove-StaleLogStream.ps1')
}

Describe 'Remove-StaleLogStream' {
    BeforeEach {
        Mock Get-CwLogStream {
            [pscustomobject]@{ LogGroupName = 'app'; LogStreamName = 'old'; LastEventTimestamp = (Get-Date).AddDays(-40) }
            [pscustomobject]@{ LogGroupName = 'app'; LogStreamName = 'fresh'; LastEventTimestamp = (Get-Date).AddHours(-1) }
            [pscustomobject]@{ LogGroupName = 'app'; LogStreamName = 'empty'; LastEventTimestamp = $null }
        }
        Mock Remove-CwLogStream { }
    }

    It 'removes only the streams with no event for longer than -Days' {
        Remove-StaleLogStream -LogGroupName app -Days 30 | Should -Be 'Removed old'
        Should -Invoke Get-CwLogStream -Times 1 -Exactly -ParameterFilter { $LogGroupName -eq 'app' }
        Should -Invoke Remove-CwLogStream -Times 1 -Exactly -ParameterFilter {
            $LogGroupName -eq 'app' -and $LogStreamName -eq 'old' -and $Force
        }
    }

    It 'removes nothing under -WhatIf' {
        Remove-StaleLogStream -LogGroupName app -WhatIf
        Should -Invoke Remove-CwLogStream -Times 0 -Exactly
    }

    It 'fails when the script passes a parameter the real cmdlet does not have' {
        $failure = { Get-CwLogStream -LogGroupName app -NoSuchParameter 1 } | Should -Throw -PassThru
        $failure.FullyQualifiedErrorId | Should -BeLike 'NamedParameterNotFound,*'
    }
}
