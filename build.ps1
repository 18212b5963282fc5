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

    Tasks always run in the order Clean, Build, Test, whatever order they are
    given in.

.PARAMETER Task
    One or more of Build, Test and Clean. The default is Build.

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

.NOTES
    Needs the .NET SDK on PATH (see README.md for the version).
    Import the result with: Import-Module ./out/CwLogs
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Clean')]
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

    if ($Task -contains 'Test') {
        Invoke-Dotnet -Arguments @('test', $solution, '-c', $Configuration)
    }
}
finally {
    Pop-Location
}
