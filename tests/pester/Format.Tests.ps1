# The default views (CwLogs.Format.ps1xml) as a user sees them: tables that fit 120 columns, local times,
# human sizes, one row per event, and list views that show every property.

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    Reset-Emulator

    $script:LongGroup = 'fmt-' + ('x' * 200)
    'fmt-a', $LongGroup | New-CwLogGroup
    Set-CwLogRetentionPolicy -LogGroupName fmt-a -RetentionInDays 7
    New-CwLogStream -LogGroupName fmt-a -LogStreamName ('stream-' + ('y' * 100))
    New-CwLogStream -LogGroupName fmt-a -LogStreamName s1
    $script:Result = @(
        "first line`nsecond line"
        'z' * 500
    ) | Write-CwLogEvent -LogGroupName fmt-a -LogStreamName s1 -PassThru

    function Format-Width120 { param([Parameter(ValueFromPipeline)] $InputObject) end { $input | Out-String -Width 120 } }
    function Get-Line([string] $Text) { $Text -split '\r?\n' | Where-Object { $_.Trim() } }
}

Describe 'Table views' {
    It 'LogGroup: created, retention, stored size, class, name; within 120 columns' {
        $text = Get-CwLogGroup -LogGroupNamePrefix fmt- | Format-Width120
        $lines = Get-Line $text
        $lines[0] | Should -Match '^Created\s+Retention\s+Stored\s+Class\s+LogGroupName\s*$'
        $lines | ForEach-Object { $_.Length | Should -BeLessOrEqual 120 }
        $text | Should -Match '7 d\s+\d+ B\s+STANDARD\s+fmt-a'
        $text | Should -Match 'never'
    }

    It 'LogGroup: retention is blank where the service did not say, never only where it said so' {
        # A pattern search returns only name, ARN and creation time: fmt-a's 7 days are unknown there, not "never".
        $line = Get-Line (Get-CwLogGroup -LogGroupNamePattern fmt-a | Format-Width120) | Where-Object { $_ -match 'fmt-a$' }
        $line | Should -Not -Match 'never|7 d'
        $byPattern = Get-CwLogGroup -LogGroupNamePattern fmt-a
        $byPattern.RetentionInDays | Should -BeNullOrEmpty
        $byPattern.NeverExpires | Should -BeNullOrEmpty
        # A listing describes retention: fmt-a keeps 7 days, the long group keeps events forever.
        $listed = Get-CwLogGroup -LogGroupNamePrefix fmt-
        ($listed | Where-Object LogGroupName -eq fmt-a).NeverExpires | Should -BeFalse
        ($listed | Where-Object LogGroupName -eq $LongGroup).NeverExpires | Should -BeTrue
        # -PassThru skeletons: Register-CwLogKmsKey's says nothing of retention; a new group has none.
        $kms = Register-CwLogKmsKey -LogGroupName fmt-a -KmsKeyId 'arn:aws:kms:us-east-2:123456789012:key/fmt' -PassThru
        $kms.NeverExpires | Should -BeNullOrEmpty
        Get-Line ($kms | Format-Width120) | Select-Object -Last 1 | Should -Not -Match 'never'
        $new = New-CwLogGroup fmt-new -PassThru
        $new.NeverExpires | Should -BeTrue
        Get-Line ($new | Format-Width120) | Select-Object -Last 1 | Should -Match 'never'
        (Set-CwLogRetentionPolicy fmt-new 14 -PassThru).NeverExpires | Should -BeFalse
    }

    It 'LogStream: last event, size, group, name; within 120 columns' {
        $lines = Get-Line (Get-CwLogStream -LogGroupName fmt-a | Format-Width120)
        $lines[0] | Should -Match '^LastEvent\s+Stored\s+LogGroupName\s+LogStreamName\s*$'
        $lines | ForEach-Object { $_.Length | Should -BeLessOrEqual 120 }
        @($lines -match 'fmt-a\s+s1$').Count | Should -Be 1
    }

    It 'LogEvent: local time, stream, message on one row, cut to the width left' {
        $events = Get-CwLogEvent -LogGroupName fmt-a -LogStreamName s1
        $lines = Get-Line ($events | Format-Width120)
        $lines[0] | Should -Match '^Timestamp\s+LogStreamName\s+Message\s*$'
        $lines.Count | Should -Be 4 # header, rule, two events
        $lines | ForEach-Object { $_.Length | Should -BeLessOrEqual 120 }
        $local = $events[0].Timestamp.ToLocalTime().ToString('yyyy-MM-dd HH:mm:ss.fff')
        $lines[2] | Should -BeLike "$local *s1*first line second line"
        $lines[3] | Should -Match 'zzz…?$'
    }

    It 'PutLogEventsResult: times, counts, size and the stream written' {
        $lines = Get-Line ($Result | Format-Width120)
        $lines[0] | Should -Match '^First\s+Last\s+Events\s+Accepted\s+Rejected\s+Size\s+LogStream\s*$'
        $lines[2] | Should -Match '\s2\s+2\s+0\s+.*fmt-a/s1$'
    }
}

Describe 'List views show every property' {
    It '<Name>' -ForEach @(
        @{ Name = 'LogGroup'; Get = { Get-CwLogGroup -LogGroupNamePrefix fmt-a } }
        @{ Name = 'LogStream'; Get = { Get-CwLogStream -LogGroupName fmt-a -LogStreamNamePrefix s1 } }
        @{ Name = 'LogEvent'; Get = { Get-CwLogEvent -LogGroupName fmt-a -LogStreamName s1 | Select-Object -First 1 } }
        @{ Name = 'PutLogEventsResult'; Get = { $Result } }
    ) {
        $item = & $Get
        $text = $item | Format-List | Out-String -Width 200
        foreach ($property in $item.PSObject.Properties.Name) {
            $text | Should -Match "(?m)^$property\s+:" -Because "Format-List of a $Name shows $property"
        }
    }
}
