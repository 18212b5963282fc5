# Help compiled from docs/en-US (src/CwLogs.HelpCompiler) is what Get-Help shows for every exported cmdlet;
# the markdown matches the built cmdlets (drift); and every example in it runs against the emulator.

BeforeDiscovery {
    $repo = (Resolve-Path -LiteralPath (Join-Path $PSScriptRoot '../..')).Path
    $script:Cmdlets = (Import-PowerShellDataFile -LiteralPath (Join-Path $repo 'CwLogs.psd1')).CmdletsToExport |
        ForEach-Object { @{ Name = $_ } }

    # Every ```powershell block under "## EXAMPLES", with the example's heading.
    $script:Examples = foreach ($cmdlet in $Cmdlets.Name) {
        $file = Join-Path $repo "docs/en-US/$cmdlet.md"
        if (-not (Test-Path -LiteralPath $file)) { continue }
        $markdown = (Get-Content -LiteralPath $file -Raw) -replace '\r\n', "`n"
        $section = [regex]::Match($markdown, '(?s)\n## EXAMPLES\n(.*?)\n## ').Groups[1].Value
        foreach ($example in [regex]::Matches($section, '(?s)### ([^\n]+)\n(.*?)(?=\n### |\z)')) {
            $code = [regex]::Matches($example.Groups[2].Value, '(?s)```powershell\n(.*?)\n```') | ForEach-Object { $_.Groups[1].Value }
            @{ Cmdlet = $cmdlet; Title = $example.Groups[1].Value; Code = $code -join "`n" }
        }
    }
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')

    $script:Docs = Join-Path $RepoRoot 'docs/en-US'
    $script:Compiler = @('Release', 'Debug') |
        ForEach-Object { Join-Path $RepoRoot "src/CwLogs.HelpCompiler/bin/$_/net8.0/CwLogs.HelpCompiler.dll" } |
        Where-Object { Test-Path -LiteralPath $_ } | Select-Object -First 1

    function Get-MarkdownSection([string] $Cmdlet, [string] $Section) {
        # The prose of "## Section" in the cmdlet's markdown, with line breaks folded as Get-Help shows them.
        $markdown = (Get-Content -LiteralPath (Join-Path $Docs "$Cmdlet.md") -Raw) -replace '\r\n', "`n"
        $text = [regex]::Match($markdown, "(?s)\n## $Section\n(.*?)\n## ").Groups[1].Value.Trim()
        # One paragraph per block or list item.
        ($text -split "`n`n") | ForEach-Object { $_ -split "`n(?=- |\d+\. )" } |
            ForEach-Object { ($_ -split "`n" | ForEach-Object Trim) -join ' ' }
    }

    function Invoke-HelpCompiler([string[]] $Arguments) {
        $output = & dotnet $Compiler @Arguments 2>&1
        [pscustomobject]@{ ExitCode = $LASTEXITCODE; Output = ($output -join "`n") }
    }
}

Describe 'Get-Help <Name> -Full' -ForEach $Cmdlets {
    BeforeAll {
        $script:Help = Get-Help -Name $Name -Full
        $script:Command = Get-Command -Name $Name
    }

    It 'shows the synopsis of the markdown, not the generated stub' {
        $Help.Synopsis | Should -Be (Get-MarkdownSection $Name 'SYNOPSIS')
        $Help.Synopsis | Should -Not -Match "^$Name \["
    }

    It 'shows every paragraph of the description' {
        # Get-Help ends each paragraph with a line break.
        @($Help.description.Text | ForEach-Object TrimEnd) | Should -Be @(Get-MarkdownSection $Name 'DESCRIPTION')
    }

    It 'describes every parameter of the cmdlet' {
        $names = $Command.Parameters.Keys | Where-Object { $_ -notin [System.Management.Automation.Cmdlet]::CommonParameters }
        foreach ($parameter in $names) {
            $entry = $Help.parameters.parameter | Where-Object name -EQ $parameter
            $entry | Should -Not -BeNullOrEmpty -Because "-$parameter must be in Get-Help $Name"
            ($entry.description.Text -join ' ') | Should -Not -BeNullOrEmpty -Because "-$parameter needs its description"
            ($entry.description.Text -join ' ') | Should -Not -Match '\{\{'
        }
    }

    It 'shows every example of the markdown with its code and remarks' {
        $expected = @($Examples | Where-Object Cmdlet -EQ $Name)
        $shown = @($Help.examples.example)
        $shown.Count | Should -Be $expected.Count
        $expected.Count | Should -BeGreaterThan 0
        for ($i = 0; $i -lt $expected.Count; $i++) {
            $shown[$i].title | Should -Match ([regex]::Escape($expected[$i].Title))
            $shown[$i].code | Should -Be $expected[$i].Code
            ($shown[$i].remarks.Text -join '') | Should -Not -BeNullOrEmpty
        }
    }
}

Describe 'Get-Help about_CwLogs' {
    It 'shows the about topic' {
        $text = Get-Help -Name about_CwLogs | Out-String
        $text | Should -Match 'SHORT DESCRIPTION'
        $text | Should -Match 'Describes the CwLogs module'
        $text | Should -Match 'CREDENTIALS'
    }
}

Describe 'docs/en-US against the built cmdlets (drift)' {
    BeforeAll {
        $Compiler | Should -Not -BeNullOrEmpty -Because 'dotnet build Module.sln builds the help compiler'
        $script:Metadata = Join-Path ([System.IO.Path]::GetTempPath()) "cwlogs-help-metadata-$PID.json"
        & (Join-Path $RepoRoot 'src/CwLogs.HelpCompiler/Export-CommandMetadata.ps1') -ModulePath $ModulePath -OutFile $Metadata
    }

    AfterAll { Remove-Item -LiteralPath $Metadata -ErrorAction SilentlyContinue }

    It 'documents every exported cmdlet exactly as it is, with no placeholder left' {
        $result = Invoke-HelpCompiler @('drift', '--docs', $Docs, '--metadata', $Metadata)
        $result.Output | Should -BeNullOrEmpty -Because 'run ./build.ps1 -Task Docs and write what it leaves as {{ ... }}'
        $result.ExitCode | Should -Be 0
    }

    # The check above can fail: each kind of drift, made in a copy of the docs, is caught.
    It 'fails when <Kind> differs' -ForEach @(
        @{ Kind = 'a mandatory flag'; File = 'Get-CwLogEvent'; Find = "Parameter Sets: Tail`nAliases:`n`nRequired: True"; Replace = "Parameter Sets: Tail`nAliases:`n`nRequired: False"; Expect = "-Tail in set 'Tail': 'Required'" }
        @{ Kind = 'a position'; File = 'Remove-CwLogGroup'; Find = 'Position: 0'; Replace = 'Position: 1'; Expect = "'Position' is '1'" }
        @{ Kind = 'a type'; File = 'Get-CwLogEvent'; Find = 'Type: System.Int32'; Replace = 'Type: System.Int64'; Expect = "'Type' is 'System.Int64'" }
        @{ Kind = 'an alias'; File = 'Get-CwLogEvent'; Find = 'Aliases: AK'; Replace = 'Aliases: AccessKeyId'; Expect = "'Aliases' is 'AccessKeyId'" }
        @{ Kind = 'a pipeline binding'; File = 'Get-CwLogEvent'; Find = 'Accept pipeline input: True (ByPropertyName)'; Replace = 'Accept pipeline input: True (ByPropertyName, ByValue)'; Expect = "'Accept pipeline input'" }
        @{ Kind = 'a parameter set'; File = 'Get-CwLogEvent'; Find = '### Tail'; Replace = '### Last'; Expect = 'parameter sets differ|names parameter set' }
        @{ Kind = 'the parameter list'; File = 'Get-CwLogEvent'; Find = '### -Tail'; Replace = '### -Tale'; Expect = 'unknown parameter -Tale' }
        @{ Kind = 'a placeholder'; File = 'Get-CwLogEvent'; Find = 'Gets the log events of CloudWatch Logs log streams, oldest first.'; Replace = '{{ Fill in the Synopsis }}'; Expect = 'CWH005' }
        @{ Kind = 'the set of files (a cmdlet without one)'; File = 'Get-CwLogEvent'; Find = $null; Replace = $null; Expect = 'has no help file' }
    ) {
        $copy = Join-Path ([System.IO.Path]::GetTempPath()) "cwlogs-drift-$PID-$([guid]::NewGuid().ToString('n'))"
        Copy-Item -LiteralPath $Docs -Destination $copy -Recurse
        try {
            $target = Join-Path $copy "$File.md"
            if ($null -eq $Find) {
                Remove-Item -LiteralPath $target
            }
            else {
                $text = (Get-Content -LiteralPath $target -Raw) -replace '\r\n', "`n"
                $text.Contains($Find) | Should -BeTrue -Because "the test edits '$Find'"
                Set-Content -LiteralPath $target -Value $text.Replace($Find, $Replace) -NoNewline
            }

            $result = Invoke-HelpCompiler @('drift', '--docs', $copy, '--metadata', $Metadata)
            $result.ExitCode | Should -Be 1
            $result.Output | Should -Match ([regex]::Escape($target) + '\(\d+\): error CWH00\d')
            $result.Output | Should -Match $Expect
        }
        finally {
            Remove-Item -LiteralPath $copy -Recurse -Force
        }
    }
}

Describe 'Examples of <Cmdlet>: <Title>' -ForEach $Examples {
    BeforeAll {
        # What the examples expect to find: a group and stream named testing with recent events (some
        # matching the filter patterns they use), a web- stream and a tmp- group. The New-* examples
        # create what they name, so those start from less.
        Reset-Emulator
        if ($Cmdlet -ne 'New-CwLogGroup') {
            New-CwLogGroup -LogGroupName testing
        }
        if ($Cmdlet -notin 'New-CwLogGroup', 'New-CwLogStream') {
            New-CwLogStream -LogGroupName testing -LogStreamName testing, web-01
            New-CwLogGroup -LogGroupName tmp-scratch
            'Test log message', 'ERROR NullReferenceException in handler', 'WARN slow request',
            '{"level":"error","message":"Disk full"}' | Write-CwLogEvent -LogGroupName testing -LogStreamName testing
        }

        # Examples that read a file (Import-Csv streams.csv) find it in the folder they run in.
        $script:ExampleFolder = Join-Path ([System.IO.Path]::GetTempPath()) "cwlogs-help-examples-$PID"
        $null = New-Item -ItemType Directory -Path $ExampleFolder -Force
        [pscustomobject]@{ LogGroupName = 'testing'; LogStreamName = 'web-02' } |
            Export-Csv -LiteralPath (Join-Path $ExampleFolder 'streams.csv')
        Push-Location -LiteralPath $ExampleFolder
    }

    AfterAll {
        Pop-Location
        Remove-Item -LiteralPath $ExampleFolder -Recurse -Force
    }

    It 'runs without writing an error' {
        # The one example written for a local emulator on port 4566 goes to this suite's emulator.
        $runnable = $Code.Replace('http://127.0.0.1:4566', $EmulatorUrl)
        if ($runnable -match 'Get-Content .*-Wait') {
            # It follows ./app.log until stopped: run it in a runspace of its own, append lines until one
            # arrives in the log stream the example writes to, then stop it as Ctrl+C would.
            $log = Join-Path $ExampleFolder 'app.log'
            Set-Content -LiteralPath $log -Value 'written before the example started'
            $shell = [powershell]::Create()
            $null = $shell.AddScript(". '$PSScriptRoot/Common.ps1'; Set-Location -LiteralPath '$ExampleFolder'`n$runnable")
            $running = $shell.BeginInvoke()
            try {
                $arrived = $null
                foreach ($i in 1..60) {
                    Add-Content -LiteralPath $log -Value "appended line $i"
                    Start-Sleep -Milliseconds 500
                    $arrived = Get-CwLogGroup -LogGroupName * | Get-CwLogStream | Get-CwLogEvent | Where-Object Message -like 'appended line *'
                    if ($arrived -or $running.IsCompleted) { break }
                }
                $arrived | Should -Not -BeNullOrEmpty -Because 'lines appended to the file reach CloudWatch Logs while the example runs'
            }
            finally {
                $shell.Stop()
                $errors = @($shell.Streams.Error)
                $shell.Dispose()
            }
            $errors | Should -BeNullOrEmpty -Because $runnable
            return
        }
        $output = & ([scriptblock]::Create($runnable)) 2>&1
        $errors = @($output | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
        $errors | Should -BeNullOrEmpty -Because $runnable
    }
}
