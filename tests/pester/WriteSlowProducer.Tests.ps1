# Write-CwLogEvent behind a slow producer: Get-Content -Wait passes on each line as a file grows, and
# nothing calls the cmdlet between lines; the lines must still reach CloudWatch Logs while it waits.

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    New-CwLogGroup -LogGroupName slow-producer
    New-CwLogStream -LogGroupName slow-producer -LogStreamName app
    $script:LogFile = Join-Path ([IO.Path]::GetTempPath()) "cwlogs-slow-producer-$([guid]::NewGuid().ToString('N')).log"
    Set-Content -LiteralPath $LogFile -Value 'already in the file'
}

AfterAll {
    Remove-Item -LiteralPath $LogFile -ErrorAction SilentlyContinue
}

Describe 'Get-Content -Wait | Write-CwLogEvent' {
    It 'ships each appended line while the pipeline is still waiting for the next one' {
        # The pipeline runs in a thread job, as it would in a console of its own.
        $job = Start-ThreadJob -ScriptBlock {
            Import-Module -Name $using:ModulePath
            $defaults = @{ EndpointUrl = $using:EmulatorUrl; Region = 'us-east-2'; AccessKey = $using:TestAccessKey; SecretKey = $using:TestSecretKey }
            Get-Content -LiteralPath $using:LogFile -Wait |
                Write-CwLogEvent -LogGroupName slow-producer -LogStreamName app -FlushInterval 1s @defaults
        }
        function Wait-Message([string] $Message) {
            $deadline = [datetime]::UtcNow.AddSeconds(30)
            do {
                Start-Sleep -Milliseconds 250
                $messages = @(Get-CwLogEvent -LogGroupName slow-producer -LogStreamName app -StartTime 10m).Message
            } until ($messages -contains $Message -or [datetime]::UtcNow -gt $deadline)
            $messages
        }
        try {
            # The line already in the file arrives first; nothing else comes until the next line is appended.
            Wait-Message 'already in the file' | Should -Be @('already in the file')

            Add-Content -LiteralPath $LogFile -Value 'appended later'

            Wait-Message 'appended later' | Should -Be @('already in the file', 'appended later')
            $job.State | Should -Be 'Running'
            $job | Receive-Job -ErrorAction Stop | Should -BeNullOrEmpty
        }
        finally {
            $job | Stop-Job
            $job | Remove-Job -Force
        }
    }
}
