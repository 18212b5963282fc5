# Where calls go, as a user with several profiles meets it: a child pwsh whose shared files give each profile its own
# endpoint (the SDK reads AWS_CONFIG_FILE once per process, so the files are named before it starts).

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    Reset-Emulator

    $script:Folder = Join-Path ([IO.Path]::GetTempPath()) "cwlogs-endpoints-$PID"
    $null = New-Item -ItemType Directory -Path $Folder -Force
    # Nothing listens on port 9: a call that goes there fails at once.
    $dead = 'http://127.0.0.1:9'
    Set-Content -LiteralPath (Join-Path $Folder 'credentials') -Value @"
[default]
aws_access_key_id = AKIDDEFAULTENDPOINTS
aws_secret_access_key = default-secret
[dev]
aws_access_key_id = AKIDDEVENDPOINTS0001
aws_secret_access_key = dev-secret
[prod]
aws_access_key_id = AKIDPRODENDPOINTS001
aws_secret_access_key = prod-secret
"@
    Set-Content -LiteralPath (Join-Path $Folder 'config') -Value @"
[default]
region = us-east-2
services = default-endpoints

[profile dev]
region = us-east-2
services = dev-endpoints

[profile prod]
region = us-east-2
endpoint_url = $EmulatorUrl

[services default-endpoints]
cloudwatch_logs =
  endpoint_url = $dead

[services dev-endpoints]
cloudwatch_logs =
  endpoint_url = $EmulatorUrl
"@

    function Invoke-PwshWithProfiles {
        <# Runs commands in a new pwsh (this one's executable) whose shared files are the ones above; one JSON line per step. #>
        param([Parameter(Mandatory)] [string[]] $Steps)
        $script = @'
Import-Module -Name $env:CWLOGS_MODULE_PATH
foreach ($step in ($env:CWLOGS_STEPS | ConvertFrom-Json)) {
    $verbose = $null
    $VerbosePreference = 'Continue'
    $failure = try { $verbose = & ([scriptblock]::Create($step)) 4>&1; $null } catch { "$_" }
    $VerbosePreference = 'SilentlyContinue'
    $endpoint = @($verbose | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -like 'Endpoint:*' })[0].Message
    [pscustomobject]@{ Step = $step; Endpoint = $endpoint; Failure = $failure } | ConvertTo-Json -Compress
}
'@
        $start = [System.Diagnostics.ProcessStartInfo]::new([Environment]::ProcessPath)
        # Under `dotnet pwsh` the executable is dotnet, and pwsh.dll is the first argument.
        if ([IO.Path]::GetFileNameWithoutExtension([Environment]::ProcessPath) -eq 'dotnet') {
            $start.ArgumentList.Add([Environment]::GetCommandLineArgs()[0])
        }
        foreach ($argument in '-NoProfile', '-NonInteractive', '-Command', $script) { $start.ArgumentList.Add($argument) }
        $start.Environment['CWLOGS_STEPS'] = ConvertTo-Json -InputObject @($Steps) -Compress
        foreach ($name in @([Environment]::GetEnvironmentVariables().Keys)) {
            if ($name -like 'AWS_*') { $null = $start.Environment.Remove($name) }
        }
        $start.Environment['AWS_CONFIG_FILE'] = Join-Path $Folder 'config'
        $start.Environment['AWS_SHARED_CREDENTIALS_FILE'] = Join-Path $Folder 'credentials'
        $start.Environment['AWS_EC2_METADATA_DISABLED'] = 'true'
        $start.RedirectStandardOutput = $true
        $start.RedirectStandardError = $true
        $start.UseShellExecute = $false
        $child = [System.Diagnostics.Process]::Start($start)
        $errors = $child.StandardError.ReadToEndAsync()
        $output = $child.StandardOutput.ReadToEnd()
        $child.WaitForExit()
        $reports = @($output -split "`n" | Where-Object { $_ -like '{*' } | ForEach-Object { $_ | ConvertFrom-Json })
        if ($reports.Count -ne $Steps.Count) { throw "The child pwsh reported $($reports.Count) of $($Steps.Count) steps: $output $($errors.Result)" }
        $reports
    }
}

AfterAll {
    Remove-Item -LiteralPath $Folder -Recurse -Force -ErrorAction Ignore
}

Describe 'Endpoints of the profile in use' {
    BeforeAll {
        $script:Seen = Invoke-PwshWithProfiles -Steps @(
            'Get-CwLogGroup -ProfileName prod'
            'Get-CwLogGroup -ProfileName dev'
            '$env:AWS_PROFILE = ''dev''; Get-CwLogGroup'
        )
    }

    It '-ProfileName prod goes to prod''s endpoint_url, not the default profile''s services section' {
        $Seen[0].Failure | Should -BeNullOrEmpty
        $Seen[0].Endpoint | Should -Be "Endpoint: $EmulatorUrl/, from the endpoint_url of profile 'prod'."
    }

    It '-ProfileName dev goes to dev''s own services section' {
        $Seen[1].Failure | Should -BeNullOrEmpty
        $Seen[1].Endpoint | Should -Be "Endpoint: $EmulatorUrl/, from the services section 'dev-endpoints' of profile 'dev'."
    }

    It 'AWS_PROFILE=dev after -ProfileName dev goes where it goes in a fresh session' {
        $Seen[2].Failure | Should -BeNullOrEmpty
        $Seen[2].Endpoint | Should -Be "Endpoint: $EmulatorUrl/, from the services section 'dev-endpoints' of profile 'dev'."
        $fresh = Invoke-PwshWithProfiles -Steps '$env:AWS_PROFILE = ''dev''; Get-CwLogGroup'
        $Seen[2].Endpoint | Should -Be $fresh.Endpoint
    }
}
