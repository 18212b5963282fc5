<#
.SYNOPSIS
    Writes what Get-Command knows about the cmdlets of a built module as JSON, for
    CwLogs.HelpCompiler's refresh and drift verbs.
.DESCRIPTION
    Imports the module and writes one entry per exported
    cmdlet: its parameter sets (mandatory flag, position and pipeline binding of each parameter) and
    its parameters (type, aliases, ValidateSet or enum values, wildcard support). Common parameters are left
    out; -WhatIf and -Confirm stay, as PlatyPS documents them.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $OutFile
)

$ErrorActionPreference = 'Stop'
# Without -Force: in a session that already has the module (a test run), this just returns it.
$module = Import-Module -Name $ModulePath -PassThru
$common = [System.Management.Automation.Cmdlet]::CommonParameters

$commands = foreach ($command in Get-Command -Module $module.Name -CommandType Cmdlet | Sort-Object Name) {
    $sets = foreach ($set in $command.ParameterSets) {
        [ordered]@{
            Name       = $set.Name
            IsDefault  = $set.IsDefault
            Parameters = @(foreach ($p in $set.Parameters | Where-Object Name -notin $common) {
                [ordered]@{
                    Name                            = $p.Name
                    Mandatory                       = $p.IsMandatory
                    Position                        = if ($p.Position -ge 0) { $p.Position } else { $null }
                    ValueFromPipeline               = $p.ValueFromPipeline
                    ValueFromPipelineByPropertyName = $p.ValueFromPipelineByPropertyName
                }
            })
        }
    }

    $parameters = foreach ($p in $command.Parameters.Values | Where-Object Name -notin $common) {
        $type = $p.ParameterType
        $shown = [Nullable]::GetUnderlyingType($type) ?? $type
        [ordered]@{
            Name              = $p.Name
            Type              = $type.ToString()
            SyntaxType        = $shown.Name
            IsSwitch          = $p.SwitchParameter
            Aliases           = @($p.Aliases)
            # ValidateSet values, or an enum's names, as PlatyPS lists them.
            AcceptedValues    = @(if ($shown.IsEnum) { [Enum]::GetNames($shown) } else {
                    $p.Attributes | Where-Object { $_ -is [System.Management.Automation.ValidateSetAttribute] } | ForEach-Object ValidValues
                })
            SupportsWildcards = [bool]($p.Attributes | Where-Object { $_ -is [System.Management.Automation.SupportsWildcardsAttribute] })
        }
    }

    [ordered]@{
        Name          = $command.Name
        OutputTypes   = @($command.OutputType | ForEach-Object { $_.Name })
        ParameterSets = @($sets)
        Parameters    = @($parameters)
    }
}

ConvertTo-Json -InputObject @($commands) -Depth 8 | Set-Content -LiteralPath $OutFile -Encoding utf8
