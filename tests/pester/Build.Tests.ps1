# build.ps1's tasks, with dotnet mocked: the real build has already run (dotnet build Module.sln), and
# running it again here would rewrite out/CwLogs under the other test projects.

BeforeAll {
    $script:BuildScript = Join-Path $PSScriptRoot '../../build.ps1'
}

Describe 'build.ps1' {
    BeforeEach {
        # Mocks run in Pester's scope, not this file's: the calls are recorded in a global list.
        $global:DotnetCalls = [System.Collections.Generic.List[string]]::new()
        Mock dotnet { $global:DotnetCalls.Add($args -join ' '); $global:LASTEXITCODE = 0 }
        Mock Write-Host { }
        Mock Remove-Item { }  # Clean must not delete the out/ that the running suite imports
    }

    It 'builds in Release by default' {
        & $BuildScript
        $DotnetCalls | Should -Be @('build Module.sln -c Release')
    }

    It 'runs Clean, Build and Test in that order whatever order they are given in' {
        & $BuildScript -Task Test, Build, Clean -Configuration Debug
        $DotnetCalls | Should -Be @('clean Module.sln -c Debug', 'build Module.sln -c Debug', 'test Module.sln -c Debug')
        Should -Invoke Remove-Item -Times 1 -Exactly -ParameterFilter { $LiteralPath -like '*out' -and $Recurse }
    }

    It 'stops at the first dotnet command that fails' {
        Mock dotnet { $global:DotnetCalls.Add($args -join ' '); $global:LASTEXITCODE = 1 }
        { & $BuildScript -Task Build, Test } | Should -Throw "*'dotnet build' failed with exit code 1*"
        $DotnetCalls | Should -Be @('build Module.sln -c Release')
    }

    AfterAll { Remove-Variable -Name DotnetCalls -Scope Global -ErrorAction Ignore }

    It 'refuses an unknown task' {
        { & $BuildScript -Task Deploy } | Should -Throw -ErrorId 'ParameterArgumentValidationError,build.ps1'
    }
}
