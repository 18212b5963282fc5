<#
.SYNOPSIS
    Builds, tests or cleans the CwLogs module.

.DESCRIPTION
    A thin wrapper over the dotnet CLI for PowerShell users. It runs from the
    repository root, wherever it is called from, and stops at the first dotnet
    command that fails.

    Build   dotnet build Module.sln; this also assembles the importable module
            in out/CwLogs.
    Test    dotnet test Module.sln (builds first when needed).
    Clean   dotnet clean Module.sln, then deletes out/.
    Docs    Builds the module, reads its cmdlets' metadata (Get-Command) and
            refreshes docs/en-US from it, as PlatyPS's New-/Update-MarkdownHelp
            do: a cmdlet without a file gets a skeleton; in existing files the
            SYNTAX section and each parameter's YAML block are rewritten, a new
            parameter gets a section with a {{ Fill ... }} placeholder, and all
            prose is kept. It then lists what still differs or waits for text.

    Tasks always run in the order Clean, Build, Docs, Test, whatever order they
    are given in.

.PARAMETER Task
    One or more of Build, Test, Clean and Docs. The default is Build.

.PARAMETER Configuration
    The build configuration, Debug or Release. The default is Release.

.EXAMPLE
    ./build.ps1

    Builds the solution in Release and assembles out/CwLogs.

.EXAMPLE
    ./build.ps1 -Task Build, Test

    Builds, then runs all tests.

.EXAMPLE
    ./build.ps1 -Task Clean, Build -Configuration Debug

    Removes previous build output, then builds in Debug.

.EXAMPLE
    ./build.ps1 -Task Docs

    Refreshes the markdown help in docs/en-US from the built cmdlets.

.NOTES
    Needs the .NET SDK on PATH (see README.md for the version).
    Import the result with: Import-Module ./out/CwLogs
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Clean', 'Docs')]
    [string[]] $Task = 'Build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release'
)

$ErrorActionPreference = 'Stop'

function Invoke-Dotnet {
    param(
        [Parameter(Mandatory)]
        [string[]] $Arguments
    )

    Write-Host "> dotnet $($Arguments -join ' ')"
    & dotnet @Arguments
    if ($LASTEXITCODE -ne 0) {
        throw "'dotnet $($Arguments[0])' failed with exit code $LASTEXITCODE."
    }
}

if (-not (Get-Command -Name dotnet -CommandType Application -ErrorAction SilentlyContinue)) {
    throw 'The .NET SDK (dotnet) was not found on PATH.'
}

function Update-MarkdownHelp {
    # Building CwLogs also builds the help compiler (a project reference) and assembles out/CwLogs.
    Invoke-Dotnet -Arguments @('build', 'src/CwLogs/CwLogs.csproj', '-c', $Configuration)

    $metadata = Join-Path -Path ([System.IO.Path]::GetTempPath()) -ChildPath "CwLogs-metadata-$PID.json"
    $compiler = Join-Path -Path $PSScriptRoot -ChildPath "src/CwLogs.HelpCompiler/bin/$Configuration/net8.0/CwLogs.HelpCompiler.dll"
    $docs = Join-Path -Path $PSScriptRoot -ChildPath 'docs/en-US'
    try {
        # A runspace of its own, so this session does not keep the module loaded.
        $runspace = [powershell]::Create()
        $null = $runspace.AddCommand((Join-Path -Path $PSScriptRoot -ChildPath 'src/CwLogs.HelpCompiler/Export-CommandMetadata.ps1')).
            AddParameter('ModulePath', (Join-Path -Path $moduleOut -ChildPath 'CwLogs')).
            AddParameter('OutFile', $metadata)
        $null = $runspace.Invoke()
        if ($runspace.HadErrors) {
            throw "Reading the cmdlets' metadata failed: $($runspace.Streams.Error -join '; ')"
        }

        Invoke-Dotnet -Arguments @($compiler, 'refresh', '--docs', $docs, '--metadata', $metadata)

        # What is left for a person: placeholders to write, or anything the refresh cannot settle.
        Write-Host "> dotnet $compiler drift"
        & dotnet $compiler drift --docs $docs --metadata $metadata
        if ($LASTEXITCODE -ne 0) {
            Write-Warning 'docs/en-US still needs the edits listed above.'
        }
    }
    finally {
        if ($runspace) { $runspace.Dispose() }
        Remove-Item -LiteralPath $metadata -ErrorAction SilentlyContinue
    }
}

$solution = 'Module.sln'
$moduleOut = Join-Path -Path $PSScriptRoot -ChildPath 'out'

Push-Location -LiteralPath $PSScriptRoot
try {
    if ($Task -contains 'Clean') {
        Invoke-Dotnet -Arguments @('clean', $solution, '-c', $Configuration)
        if (Test-Path -LiteralPath $moduleOut) {
            Write-Host "> Remove $moduleOut"
            Remove-Item -LiteralPath $moduleOut -Recurse -Force
        }
    }

    if ($Task -contains 'Build') {
        Invoke-Dotnet -Arguments @('build', $solution, '-c', $Configuration)
        Write-Host "Module assembled at $(Join-Path -Path $moduleOut -ChildPath 'CwLogs')"
    }

    if ($Task -contains 'Docs') {
        Update-MarkdownHelp
    }

    if ($Task -contains 'Test') {
        Invoke-Dotnet -Arguments @('test', $solution, '-c', $Configuration)
    }
}
finally {
    Pop-Location
}
