# README's cmdlet table (cmdlet -> operation) held against the exported cmdlets and the client's
# operations: a cmdlet or an operation missing on either side fails the suite. Operations the generated
# client knows but no cmdlet wraps yet must be listed as such in the README, under the table.

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $readme = Get-Content -LiteralPath (Join-Path $RepoRoot 'README.md') -Raw

    $script:TableCmdlets = [System.Collections.Generic.List[string]]::new()
    $script:TableOperations = [System.Collections.Generic.List[string]]::new()
    foreach ($row in [regex]::Matches($readme, '(?m)^\| *(`[A-Z][a-z]+-CwLog\w+`.*?) *\| *([A-Za-z, ]+?) *\|\s*$')) {
        $TableCmdlets.AddRange([string[]]@([regex]::Matches($row.Groups[1].Value, '`([^`]+)`') | ForEach-Object { $_.Groups[1].Value }))
        $TableOperations.AddRange([string[]]@($row.Groups[2].Value -split ', *' | Where-Object { $_ }))
    }
    $notYet = [regex]::Match($readme, '(?m)^Operations the client knows that no cmdlet wraps yet: (.*)$')
    $script:NotWrapped = @(if ($notYet.Success) { [regex]::Matches($notYet.Groups[1].Value, '`([A-Za-z]+)`') | ForEach-Object { $_.Groups[1].Value } })

    $script:Exported = @((Get-Module CwLogs).ExportedCmdlets.Keys)
    $script:ClientOperations = @([CwLogs.Client.Operations.CwLogsOperations].GetFields() | ForEach-Object Name)
}

Describe 'README cmdlet table' {
    It 'lists every exported cmdlet, and nothing else' {
        $TableCmdlets.Count | Should -BeGreaterThan 10
        @($Exported | Where-Object { $_ -notin $TableCmdlets }) | Should -BeNullOrEmpty -Because 'each exported cmdlet has a row'
        @($TableCmdlets | Where-Object { $_ -notin $Exported }) | Should -BeNullOrEmpty -Because 'each cmdlet in the table is exported'
    }

    It 'names only operations the client has' {
        @($TableOperations | Where-Object { $_ -notin $ClientOperations }) | Should -BeNullOrEmpty
    }

    It 'accounts for every operation of the client: wrapped by a cmdlet, or listed as not wrapped yet' {
        @($ClientOperations | Where-Object { $_ -notin $TableOperations -and $_ -notin $NotWrapped }) | Should -BeNullOrEmpty
        @($NotWrapped | Where-Object { $_ -in $TableOperations }) | Should -BeNullOrEmpty -Because 'a wrapped operation is not also listed as unwrapped'
    }
}
