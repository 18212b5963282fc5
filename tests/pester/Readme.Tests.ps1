# The README's PowerShell blocks run as written, in the real pwsh, from the repository root.

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')

    $readme = Get-Content -LiteralPath (Join-Path $RepoRoot 'README.md') -Raw
    $script:Blocks = [regex]::Matches($readme, '(?s)```powershell\r?\n(.*?)```') | ForEach-Object { $_.Groups[1].Value }
    $script:QuickStart = $Blocks | Where-Object { $_ -match 'Quick start|New-CwLogGroup\s+-LogGroupName testing' } | Select-Object -First 1
    $script:Walkthrough = $Blocks | Where-Object { $_ -match '127\.0\.0\.1:4566' } | Select-Object -First 1
}

Describe 'README quick start' {
    BeforeAll {
        Reset-Emulator
        Push-Location -LiteralPath $RepoRoot
        # Real AWS is out of reach: the suite's $PSDefaultParameterValues send the same commands to the emulator.
        $script:Output = & ([scriptblock]::Create($QuickStart)) 2>&1
        Pop-Location
    }

    It 'runs without an error' {
        $errors = @($Output | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
        $errors | Should -BeNullOrEmpty
    }

    It 'reads back the event it put (the seed example)' {
        $events = @($Output | Where-Object { $_.PSObject.Properties['Message'] -and $_.LogStreamName -eq 'testing' })
        $events.Message | Should -Contain 'Test log message'
    }

    It 'creates the missing group for the runbook line and deletes nothing' {
        Get-EmulatorCallCount -Operation CreateLogGroup | Should -Be 2
        Get-EmulatorCallCount -Operation DeleteLogGroup | Should -Be 0
        (Get-CwLogEvent -LogGroupName app -LogStreamName deploys).Message | Should -Be 'deploy started'
    }
}

Describe 'README emulator walk-through' {
    BeforeAll {
        Reset-Emulator
        $script:Saved = @{} + $PSDefaultParameterValues
        $PSDefaultParameterValues.Clear()
        Push-Location -LiteralPath $RepoRoot
        try {
            $script:Output = & ([scriptblock]::Create($Walkthrough.Replace('http://127.0.0.1:4566', $EmulatorUrl))) 2>&1
        }
        finally {
            Pop-Location
            $PSDefaultParameterValues.Clear()
            foreach ($key in $Saved.Keys) { $PSDefaultParameterValues[$key] = $Saved[$key] }
        }
    }

    It 'runs in a session without the suite''s defaults and prints the three events' {
        @($Output | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] }) | Should -BeNullOrEmpty
        $Output.Message | Should -Be @('event 1', 'event 2', 'event 3')
    }
}
