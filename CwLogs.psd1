@{
    RootModule           = 'CwLogs.psm1'
    ModuleVersion        = '0.1.0'
    GUID                 = '5d0c7a4e-3f7b-4c1e-9a55-2b8f1e6c9d13'
    Author               = 'CwLogs contributors'
    CompanyName          = 'CwLogs'
    Copyright            = '(c) CwLogs contributors. Apache-2.0.'
    Description          = 'Amazon CloudWatch Logs for PowerShell: every operation as a pipeline-friendly cmdlet, streaming pagination, the AWS credential conventions you already use.'
    PowerShellVersion    = '7.4'
    CompatiblePSEditions = @('Core')
    FormatsToProcess     = @('CwLogs.Format.ps1xml', 'Filters.Format.ps1xml', 'Policies.Format.ps1xml', 'Queries.Format.ps1xml', 'Tags.Format.ps1xml', 'ExportTasks.Format.ps1xml')
    TypesToProcess       = @()
    CmdletsToExport      = @(
        'New-CwLogGroup'
        'Get-CwLogGroup'
        'Remove-CwLogGroup'
        'Set-CwLogRetentionPolicy'
        'Remove-CwLogRetentionPolicy'
        'Register-CwLogKmsKey'
        'Unregister-CwLogKmsKey'
        'New-CwLogStream'
        'Get-CwLogStream'
        'Remove-CwLogStream'
        'Write-CwLogEvent'
        'Get-CwLogEvent'
        'Find-CwLogEvent'
        'Set-CwLogDestination'
        'Get-CwLogDestination'
        'Remove-CwLogDestination'
        'Set-CwLogDestinationPolicy'
        'Set-CwLogResourcePolicy'
        'Get-CwLogResourcePolicy'
        'Remove-CwLogResourcePolicy'
        'Set-CwLogMetricFilter'
        'Get-CwLogMetricFilter'
        'Remove-CwLogMetricFilter'
        'Test-CwLogMetricFilter'
        'Set-CwLogSubscriptionFilter'
        'Get-CwLogSubscriptionFilter'
        'Remove-CwLogSubscriptionFilter'
        'Start-CwLogQuery'
        'Get-CwLogQueryResult'
        'Invoke-CwLogQuery'
        'Stop-CwLogQuery'
        'Get-CwLogQuery'
        'Set-CwLogQueryDefinition'
        'Get-CwLogQueryDefinition'
        'Remove-CwLogQueryDefinition'
        'Get-CwLogGroupField'
        'Get-CwLogRecord'
        'Add-CwLogTag'
        'Get-CwLogTag'
        'Remove-CwLogTag'
        'New-CwLogExportTask'
        'Get-CwLogExportTask'
        'Stop-CwLogExportTask'
    )
    FunctionsToExport    = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags       = @('AWS', 'CloudWatch', 'Logs', 'CloudWatchLogs', 'Logging')
            LicenseUri = 'https://www.apache.org/licenses/LICENSE-2.0'
        }
    }
}
