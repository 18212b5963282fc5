# Tab completion as a user meets it: an interactive pwsh (with PSReadLine) in tmux, the README's emulator setup in
# $PSDefaultParameterValues, keys typed, Tab pressed, the screen read back. TabExpansion2 alone once completed
# where the prompt did not (PSReadLine runs completion inside its module, whose $PSDefaultParameterValues is empty).

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    Reset-Emulator
    'prompt-alpha', 'prompt-beta' | New-CwLogGroup
    New-CwLogStream -LogGroupName prompt-alpha -LogStreamName stream-one

    if (-not (Get-Command tmux -ErrorAction Ignore)) { throw 'tmux is needed for the prompt tests (apt-get install tmux; .ci/run installs it).' }
    $script:Socket = "cwlogs-pester-$PID"
    $script:Pane = 'prompt'

    function Invoke-Tmux { & tmux -L $Socket @args }

    function Get-Screen { (Invoke-Tmux capture-pane -p -J -t $Pane) -join "`n" }

    function Wait-Screen {
        <# Polls the screen until $Pattern matches; returns the screen (the last one seen when it never matched). #>
        param([Parameter(Mandatory)] [string] $Pattern, [int] $Seconds = 60)
        $deadline = [DateTime]::UtcNow.AddSeconds($Seconds)
        do {
            $screen = Get-Screen
            if ($screen -match $Pattern) { return $screen }
            Start-Sleep -Milliseconds 200
        } while ([DateTime]::UtcNow -lt $deadline)
        $screen
    }

    function Send-Line([string] $Text) { Invoke-Tmux send-keys -t $Pane -l $Text; Invoke-Tmux send-keys -t $Pane Enter }

    # This pwsh's own executable, interactive (PSReadLine loads), in a wide window so lines do not wrap.
    $pwsh = @([Environment]::ProcessPath)
    if ([IO.Path]::GetFileNameWithoutExtension([Environment]::ProcessPath) -eq 'dotnet') { $pwsh += [Environment]::GetCommandLineArgs()[0] }
    $command = (@($pwsh + '-NoProfile' + '-NoLogo') | ForEach-Object { "'" + ($_ -replace "'", "'\''") + "'" }) -join ' '
    Invoke-Tmux new-session -d -s $Pane -x 220 -y 50 $command
    $null = Wait-Screen -Pattern 'PS .*> ?$'

    # The README's emulator setup, then one call (as a user would have made some before reaching for Tab).
    Send-Line ("Import-Module '$ModulePath'; " +
        "`$PSDefaultParameterValues['*-CwLog*:EndpointUrl'] = '$EmulatorUrl'; " +
        "`$PSDefaultParameterValues['*-CwLog*:Region'] = 'us-east-2'; " +
        "`$PSDefaultParameterValues['*-CwLog*:AccessKey'] = 'AKIDLOCAL'; " +
        "`$PSDefaultParameterValues['*-CwLog*:SecretKey'] = 'local-secret'; " +
        "`$null = Get-CwLogGroup; 'setup' + '-done'")
    $script:SetupScreen = Wait-Screen -Pattern '(?m)^setup-done'

    function Complete-AtPrompt {
        <# Types $Line, presses Tab, and returns the prompt line once it changed (or after 20 s); the line is then cleared. #>
        param([Parameter(Mandatory)] [string] $Line, [Parameter(Mandatory)] [string] $Expect)
        Invoke-Tmux send-keys -t $Pane -l $Line
        $null = Wait-Screen -Pattern ('(?m)' + [regex]::Escape($Line.TrimEnd()) + '\s*$') -Seconds 20
        Invoke-Tmux send-keys -t $Pane Tab
        $screen = Wait-Screen -Pattern ([regex]::Escape($Expect)) -Seconds 20
        Invoke-Tmux send-keys -t $Pane C-a C-k
        @($screen -split "`n" | Where-Object { $_ -match '^PS ' })[-1]
    }
}

AfterAll {
    if ($Socket) { & tmux -L $Socket kill-server 2>$null }
}

Describe 'Tab at a real prompt with the settings in $PSDefaultParameterValues' {
    It 'the session is set up' {
        $SetupScreen | Should -Match '(?m)^setup-done'
    }

    It 'completes -LogGroupName from the service' {
        Complete-AtPrompt -Line 'Get-CwLogStream -LogGroupName prompt-al' -Expect 'prompt-alpha' |
            Should -Match 'Get-CwLogStream -LogGroupName prompt-alpha\s*$'
    }

    It 'completes -LogStreamName of the group typed before it' {
        Complete-AtPrompt -Line 'Get-CwLogEvent -LogGroupName prompt-alpha -LogStreamName ' -Expect 'stream-one' |
            Should -Match '-LogStreamName stream-one\s*$'
    }
}
