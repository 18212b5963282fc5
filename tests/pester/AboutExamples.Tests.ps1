# about_CwLogs shows a runbook and its Pester test ("TESTING SCRIPTS THAT USE CWLOGS"). The same two files
# run in this suite (Samples/); this keeps the help text and the tested code identical.

BeforeAll {
    $script:About = (Get-Content -LiteralPath (Join-Path $PSScriptRoot '../../docs/en-US/about_CwLogs.md') -Raw) -replace '\r\n', "`n"
    function Get-Sample([string] $Name) {
        ((Get-Content -LiteralPath (Join-Path $PSScriptRoot "Samples/$Name") -Raw) -replace '\r\n', "`n").TrimEnd()
    }
}

Describe 'about_CwLogs, testing scripts that use CwLogs' {
    It 'shows <Name> exactly as the suite runs it' -ForEach @(
        @{ Name = 'Remove-StaleLogStream.ps1' }
        @{ Name = 'Remove-StaleLogStream.Tests.ps1' }
    ) {
        $About.Contains("``````powershell`n$(Get-Sample $Name)`n``````") | Should -BeTrue -Because "about_CwLogs.md must show Samples/$Name verbatim"
    }
}
