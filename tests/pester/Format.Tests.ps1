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

    # A Lambda stream name: streams of one day share the start and differ at the end.
    $script:LambdaStream = '2026/12/04/[$LATEST]0123456789abcdef0123456789abcdef'
    New-CwLogGroup fmt-b
    New-CwLogStream -LogGroupName fmt-b -LogStreamName $LambdaStream
    'from the lambda' | Write-CwLogEvent -LogGroupName fmt-b -LogStreamName $LambdaStream

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

    It 'LogStream: last event, group, name (no Stored: AWS no longer fills it); within 120 columns' {
        $lines = Get-Line (Get-CwLogStream -LogGroupName fmt-a | Format-Width120)
        $lines[0] | Should -Match '^LastEvent\s+LogGroupName\s+LogStreamName\s*$'
        $lines | ForEach-Object { $_.Length | Should -BeLessOrEqual 120 }
        @($lines -match 'fmt-a\s+s1$').Count | Should -Be 1
    }

    It 'LogEvent: local time, stream, message on one row, cut to the width left' {
        $events = Get-CwLogEvent -LogGroupName fmt-a -LogStreamName s1
        $lines = Get-Line ($events | Format-Width120)
        $lines[0] | Should -Match '^\s*LogGroupName: fmt-a$'
        $lines = $lines[1..($lines.Count - 1)]   # the group header checked, the table follows
        $lines[0] | Should -Match '^Timestamp\s+LogStreamName\s+Message\s*$'
        $lines.Count | Should -Be 4 # header, rule, two events
        $lines | ForEach-Object { $_.Length | Should -BeLessOrEqual 120 }
        $local = $events[0].Timestamp.ToLocalTime().ToString('yyyy-MM-dd HH:mm:ss.fff')
        $lines[2] | Should -BeLike "$local *s1*first line second line"
        $lines[3] | Should -Match 'zzz…?$'
    }

    It 'LogEvent: events of several groups are grouped under a header per group' {
        $text = @(Get-CwLogEvent -LogGroupName fmt-a -LogStreamName s1) + @(Get-CwLogEvent -LogGroupName fmt-b -LogStreamName $LambdaStream) |
            Format-Width120
        $text | Should -Match '(?m)^\s*LogGroupName: fmt-a\s*$'
        $text | Should -Match '(?m)^\s*LogGroupName: fmt-b\s*$'
        $text.IndexOf('LogGroupName: fmt-a') | Should -BeLessThan $text.IndexOf('LogGroupName: fmt-b')
    }

    It 'LogEvent: a long stream name keeps its distinguishing end; at 80 columns the message keeps the room' {
        $lines = Get-Line (Get-CwLogEvent -LogGroupName fmt-b -LogStreamName $LambdaStream | Out-String -Width 80)
        $row = $lines | Where-Object { $_ -match 'from the lambda' }
        $row.Length | Should -BeLessOrEqual 80
        $row | Should -Match '…[0-9a-f]{8,}\s+from the lambda$'
        $row | Should -Match ([regex]::Escape('89abcdef') + '\s')
        # Timestamp and stream take at most 43 of the 80 columns; the message starts by column 44.
        $row.IndexOf('from the lambda') | Should -BeLessOrEqual 43
    }

    It 'PutLogEventsResult: times, counts, size and the stream written' {
        $lines = Get-Line ($Result | Format-Width120)
        $lines[0] | Should -Match '^First\s+Last\s+Events\s+Accepted\s+Rejected\s+Size\s+LogStream\s*$'
        $lines[2] | Should -Match '\s2\s+2\s+0\s+.*fmt-a/s1$'
    }
}

Describe 'Times to the millisecond' {
    It 'Format-List of <Name> shows milliseconds' -ForEach @(
        @{ Name = 'an event'; Get = { Get-CwLogEvent -LogGroupName fmt-a -LogStreamName s1 | Select-Object -First 1 }; Property = 'Timestamp' }
        @{ Name = 'a stream'; Get = { Get-CwLogStream -LogGroupName fmt-a -LogStreamNamePrefix s1 }; Property = 'LastEventTimestamp' }
        @{ Name = 'a write result'; Get = { $Result }; Property = 'FirstTimestamp' }
    ) {
        $item = & $Get
        $text = $item | Format-List | Out-String -Width 200
        $expected = $item.$Property.ToLocalTime().ToString('yyyy-MM-dd HH:mm:ss.fff')
        $text | Should -Match ("(?m)^$Property\s+: " + [regex]::Escape($expected))
    }

    It 'Insights query rows show @timestamp with milliseconds' {
        $rows = @(Invoke-CwLogQuery -LogGroupName fmt-a -QueryString 'fields @timestamp, @message' -StartTime 1h)
        $rows.Count | Should -BeGreaterThan 0
        $text = $rows | Format-Table | Out-String -Width 120
        $text | Should -Match '\d\d:\d\d:\d\d\.\d{3}'
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
        # A stream's StoredBytes is always 0 since AWS deprecated it, so no view shows it.
        foreach ($property in $item.PSObject.Properties.Name | Where-Object { $Name -ne 'LogStream' -or $_ -ne 'StoredBytes' }) {
            $text | Should -Match "(?m)^$property\s+:" -Because "Format-List of a $Name shows $property"
        }
    }
}
