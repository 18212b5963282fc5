# A user's runbook: delete the streams of a log group that have had no event for a number of days.
# MockRunbook.Tests.ps1 tests it with Pester mocks of the CwLogs cmdlets, no AWS account needed.
function Remove-StaleLogStream {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)] [string] $LogGroupName,
        [int] $Days = 30
    )
    $cutoff = (Get-Date).AddDays(-$Days)
    Get-CwLogStream -LogGroupName $LogGroupName |
        Where-Object { $_.LastEventTimestamp -and $_.LastEventTimestamp -lt $cutoff } |
        ForEach-Object {
            if ($PSCmdlet.ShouldProcess($_.LogStreamName, 'Remove stale log stream')) {
                Remove-CwLogStream -LogGroupName $LogGroupName -LogStreamName $_.LogStreamName -Force
                "Removed $($_.LogStreamName)"
            }
        }
}
