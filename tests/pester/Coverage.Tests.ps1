# README's cmdlet table (cmdlet -> operation) held against the exported cmdlets and the client's
# operations: a cmdlet or an operation missing on either side fails the suite. Operations the generated
# client knows but no cmdlet wraps yet must be listed as such in the README, under the table.

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:readme = Get-Content -LiteralPath (Join-Path $RepoRoot 'README.md') -Raw

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

Describe 'about_CwLogs cmdlet tables, held against the module' {
    BeforeAll {
        $about = (Get-Content -LiteralPath (Join-Path $RepoRoot 'docs/en-US/about_CwLogs.md') -Raw) -replace '\r\n', "`n"
        function Get-Section([string] $Name) { [regex]::Match($about, "(?s)\n## $Name\n(.*?)\n## ").Groups[1].Value }
        function Get-TableRows([string] $Text) {
            # The cells of each table row under a header row, without the header and the --- row.
            foreach ($line in $Text -split "`n" | Where-Object { $_ -match '^\|' -and $_ -notmatch '^\| *-' }) {
                , @($line.Trim().Trim('|') -split '\|' | ForEach-Object Trim)
            }
        }

        # The README's table pairs cmdlets with operations in order; a row of one cmdlet gives it every operation.
        $script:ReadmeOperations = @{}
        foreach ($row in [regex]::Matches($readme, '(?m)^\| *(`[A-Z][a-z]+-CwLog\w+`.*?) *\| *([A-Za-z, ]+?) *\|\s*$')) {
            $cmdlets = @([regex]::Matches($row.Groups[1].Value, '`([^`]+)`') | ForEach-Object { $_.Groups[1].Value })
            $operations = @($row.Groups[2].Value -split ', *' | Where-Object { $_ })
            for ($i = 0; $i -lt $cmdlets.Count; $i++) {
                $mine = if ($cmdlets.Count -eq 1) { $operations } else { @($operations[$i]) }
                $ReadmeOperations[$cmdlets[$i]] = @(@($ReadmeOperations[$cmdlets[$i]]) + $mine | Where-Object { $_ } | Sort-Object -Unique)
            }
        }

        $script:AboutOperations = @{}
        foreach ($cells in Get-TableRows (Get-Section 'LONG DESCRIPTION')) {
            if ($cells[0] -notmatch '^`([A-Z][a-z]+-CwLog\w+)`$') { continue }
            $AboutOperations[$Matches[1]] = @($cells[1] -split ', *' | Where-Object { $_ } | Sort-Object)
        }

        $script:AboutImpacts = [System.Collections.Generic.List[object]]::new()
        foreach ($cells in Get-TableRows (Get-Section 'CONFIRMATION: -WhatIf, -Confirm AND -Force')) {
            foreach ($name in $cells[0] -split ', *') {
                if ($name -match '-CwLog') { $AboutImpacts.Add([pscustomobject]@{ Name = $name.Trim('`'); Impact = $cells[1] }) }
            }
        }

        $script:Declared = foreach ($command in Get-Command -Module CwLogs -CommandType Cmdlet) {
            $attribute = $command.ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0]
            [pscustomobject]@{ Name = $command.Name; ShouldProcess = $attribute.SupportsShouldProcess; Impact = "$($attribute.ConfirmImpact)" }
        }
    }

    It 'lists every cmdlet of the module in the operation table, and nothing else' {
        $AboutOperations.Count | Should -BeGreaterThan 10
        @($Declared.Name | Where-Object { -not $AboutOperations.ContainsKey($_) }) | Should -BeNullOrEmpty -Because 'each cmdlet has a row in about_CwLogs'
        @($AboutOperations.Keys | Where-Object { $_ -notin $Declared.Name }) | Should -BeNullOrEmpty -Because 'each cmdlet in about_CwLogs exists'
    }

    It 'gives each cmdlet the operations of the README table' {
        foreach ($name in $Declared.Name) {
            ($AboutOperations[$name] -join ', ') | Should -Be ($ReadmeOperations[$name] -join ', ') -Because "the operations of $name"
        }
    }

    It 'lists every cmdlet that supports -WhatIf once in the confirm impact table, with its declared ConfirmImpact' {
        $changing = @($Declared | Where-Object ShouldProcess)
        $changing.Count | Should -BeGreaterThan 10
        foreach ($cmdlet in $changing) {
            $rows = @($AboutImpacts | Where-Object Name -EQ $cmdlet.Name)
            $rows.Count | Should -Be 1 -Because "$($cmdlet.Name) has one row in the confirm impact table"
            $rows[0].Impact | Should -Be $cmdlet.Impact -Because "the ConfirmImpact of $($cmdlet.Name)"
        }
        @($AboutImpacts.Name | Where-Object { $_ -notin $changing.Name }) | Should -BeNullOrEmpty -Because 'only cmdlets that support -WhatIf have a confirm impact'
    }
}

Describe 'README Layout section, held against the tree' {
    BeforeAll {
        $block = [regex]::Match(($readme -replace '\r\n', "`n"), '(?s)\n## Layout\n+```\n(.*?)\n```').Groups[1].Value
        # Each entry starts a line; continuation lines start with spaces.
        $script:Entries = @($block -split "`n" | Where-Object { $_ -match '^\S' } | ForEach-Object { ($_ -split '\s+')[0].TrimEnd('/') })
        $script:Folders = @(foreach ($root in 'src', 'tests') {
                Get-ChildItem -LiteralPath (Join-Path $RepoRoot $root) -Directory | ForEach-Object { "$root/$($_.Name)" }
            })
    }

    It 'has entries' {
        $Entries.Count | Should -BeGreaterThan 5
    }

    It 'names every folder under src/ and tests/ once' {
        foreach ($folder in $Folders) {
            @($Entries | Where-Object { $_ -eq $folder }).Count | Should -Be 1 -Because "$folder needs one line in the README's Layout"
        }
    }

    It 'names nothing twice and nothing that is not there' {
        @($Entries | Group-Object | Where-Object Count -GT 1 | ForEach-Object Name) | Should -BeNullOrEmpty
        @($Entries | Where-Object { -not (Test-Path -LiteralPath (Join-Path $RepoRoot $_)) }) | Should -BeNullOrEmpty
    }
}
