# Metric filters and subscription filters in the real pwsh: the pipelines users write, -WhatIf, bad input
# refused before any call while the rest of the pipeline goes on, the service's limits as per-item errors,
# and Test-CwLogMetricFilter sending piped messages 50 per call.

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    Reset-Emulator
    'flt-app', 'flt-web', 'flt-sub' | New-CwLogGroup

    $script:Lambda = 'arn:aws:lambda:us-east-2:123456789012:function:ship'
    function Get-Calls([string] $Operation) { Get-EmulatorCallCount -Operation $Operation }
    function Format-Width120 { param([Parameter(ValueFromPipeline)] $InputObject) end { $input | Out-String -Width 120 } }
}

Describe 'Set-CwLogMetricFilter / Get-CwLogMetricFilter' {
    It 'creates a filter from the single-transformation parameters and reads every member back' {
        Set-CwLogMetricFilter -LogGroupName flt-app -FilterName latency -FilterPattern '[ip, user, ..., ms]' `
            -MetricName Latency -MetricNamespace App -MetricValue '$ms' -Unit milliseconds -Dimensions @{ User = '$user' }

        $filter = Get-CwLogMetricFilter -LogGroupName flt-app -FilterNamePrefix lat
        $filter.LogGroupName | Should -Be 'flt-app'
        $filter.FilterName | Should -Be 'latency'
        $filter.FilterPattern | Should -Be '[ip, user, ..., ms]'
        $filter.CreationTime | Should -BeOfType [DateTimeOffset]
        $filter.MetricTransformations | Should -HaveCount 1
        $t = $filter.MetricTransformations[0]
        $t.MetricName | Should -Be 'Latency'
        $t.MetricValue | Should -Be '$ms'
        $t.Unit | Should -BeExactly 'Milliseconds' # any case in, the service's spelling sent
        $t.Dimensions['User'] | Should -Be '$user'
        (Get-CwLogGroup -LogGroupNamePrefix flt-app).MetricFilterCount | Should -Be 1
    }

    It 'sends exactly one transformation with MetricValue 1 by default and no empty dimensions' {
        Set-CwLogMetricFilter flt-app errors 'ERROR' -MetricName Errors -MetricNamespace App -Dimensions @{}
        $body = (Get-EmulatorJournal -Operation PutMetricFilter)[-1].body | ConvertFrom-Json
        $body.metricTransformations | Should -HaveCount 1
        $body.metricTransformations[0].metricValue | Should -Be '1'
        $body.metricTransformations[0].PSObject.Properties.Name | Should -Not -Contain 'dimensions'
    }

    It 'copies a filter to another group through -MetricTransformation bound by property name' {
        Get-CwLogMetricFilter -LogGroupName flt-app -FilterNamePrefix errors | Set-CwLogMetricFilter -LogGroupName flt-web
        $copy = Get-CwLogMetricFilter -LogGroupName flt-web
        $copy.FilterName | Should -Be 'errors'
        $copy.MetricTransformations[0].MetricName | Should -Be 'Errors'
    }

    It 'takes a MetricTransformation built from a hashtable' {
        $t = [CwLogs.Model.MetricTransformation]@{ MetricName = 'Bytes'; MetricNamespace = 'Web'; MetricValue = '$bytes'; DefaultValue = 0 }
        Set-CwLogMetricFilter -LogGroupName flt-web -FilterName bytes -FilterPattern '[..., bytes]' -MetricTransformation $t -PassThru |
            ForEach-Object { $_.MetricTransformations[0].DefaultValue | Should -Be 0 }
        (Get-CwLogMetricFilter -LogGroupName flt-web -FilterNamePrefix bytes).MetricTransformations[0].MetricValue | Should -Be '$bytes'
    }

    It 'finds filters by metric name and namespace across groups' {
        $found = Get-CwLogMetricFilter -MetricName Errors -MetricNamespace App
        @($found | ForEach-Object { "$($_.LogGroupName)/$($_.FilterName)" }) | Should -Be @('flt-app/errors', 'flt-web/errors')
    }

    It 'Get-CwLogGroup | Get-CwLogMetricFilter lists the filters of each group' {
        $filters = Get-CwLogGroup -LogGroupNamePrefix flt- | Get-CwLogMetricFilter
        @($filters | ForEach-Object { "$($_.LogGroupName)/$($_.FilterName)" }) | Should -Be @('flt-app/errors', 'flt-app/latency', 'flt-web/bytes', 'flt-web/errors')
    }

    It 'refuses -MetricTransformation together with -MetricName before any call' {
        $before = Get-Calls PutMetricFilter
        $t = [CwLogs.Model.MetricTransformation]@{ MetricName = 'X'; MetricNamespace = 'Y' }
        { Set-CwLogMetricFilter flt-app x '' -MetricTransformation $t -MetricName Z -ErrorAction Stop } | Should -Throw -ErrorId 'AmbiguousParameterSet*'
        Get-Calls PutMetricFilter | Should -Be $before
    }

    It 'refuses -MetricName without -MetricNamespace in Get before any call' {
        $before = Get-Calls DescribeMetricFilters
        { Get-CwLogMetricFilter -MetricName Errors -ErrorAction Stop } | Should -Throw -ErrorId 'MetricNameWithoutNamespace*'
        Get-Calls DescribeMetricFilters | Should -Be $before
    }

    It 'refuses bad items before any call while the other items go on' {
        $before = Get-Calls PutMetricFilter
        $items = @(
            [pscustomobject]@{ LogGroupName = 'flt-web'; FilterName = 'bad:name'; FilterPattern = '' }
            [pscustomobject]@{ LogGroupName = 'flt-web'; FilterName = 'long-pattern'; FilterPattern = 'x' * 1025 }
            [pscustomobject]@{ LogGroupName = 'flt-web'; FilterName = 'good'; FilterPattern = 'WARN' }
        )
        $items | Set-CwLogMetricFilter -MetricName Warnings -MetricNamespace App -ErrorVariable bad -ErrorAction SilentlyContinue
        $bad | Should -HaveCount 2
        $bad[0].FullyQualifiedErrorId | Should -BeLike 'InvalidRequest*'
        $bad[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $bad[0].TargetObject | Should -Be 'flt-web/bad:name'
        "$($bad[0])" | Should -Match '-FilterName'
        "$($bad[1])" | Should -Match '-FilterPattern'
        Get-Calls PutMetricFilter | Should -Be ($before + 1)
        (Get-CwLogMetricFilter -LogGroupName flt-web -FilterNamePrefix good).FilterName | Should -Be 'good'
    }

    It 'refuses -DefaultValue with -Dimensions and more than 3 dimensions before any call' {
        $before = Get-Calls PutMetricFilter
        Set-CwLogMetricFilter flt-app d1 '' -MetricName M -MetricNamespace N -DefaultValue 0 -Dimensions @{ A = '$a' } -ErrorVariable e1 -ErrorAction SilentlyContinue
        Set-CwLogMetricFilter flt-app d2 '' -MetricName M -MetricNamespace N -Dimensions @{ A = '$a'; B = '$b'; C = '$c'; D = '$d' } -ErrorVariable e2 -ErrorAction SilentlyContinue
        $e1.FullyQualifiedErrorId | Should -BeLike 'InvalidMetricTransformation*'
        "$e2" | Should -Match 'at most 3'
        Get-Calls PutMetricFilter | Should -Be $before
    }

    It 'refuses a unit CloudWatch does not have when binding' {
        { Set-CwLogMetricFilter flt-app u '' -MetricName M -MetricNamespace N -Unit Parsecs -ErrorAction Stop } | Should -Throw '*not a CloudWatch unit*'
    }

    It '-WhatIf sends nothing' {
        $before = Get-Calls PutMetricFilter
        Set-CwLogMetricFilter flt-app whatif '' -MetricName M -MetricNamespace N -WhatIf
        Get-Calls PutMetricFilter | Should -Be $before
    }

    It 'a missing group is a non-terminating ResourceNotFound error for that item' {
        Set-CwLogMetricFilter flt-none f '' -MetricName M -MetricNamespace N -ErrorVariable err -ErrorAction SilentlyContinue
        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'ResourceNotFound,*'
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $err[0].TargetObject | Should -Be 'flt-none/f'
    }

    It 'table view fits 120 columns' {
        $lines = (Get-CwLogMetricFilter -LogGroupName flt-app | Format-Width120) -split '\r?\n' | Where-Object { $_.Trim() }
        $lines[0] | Should -Match '^FilterName\s+LogGroupName\s+Metric\s+Value\s+FilterPattern\s*$'
        $lines | ForEach-Object { $_.Length | Should -BeLessOrEqual 120 }
        $lines -match 'latency\s+flt-app\s+App/Latency\s+\$ms' | Should -HaveCount 1
    }
}

Describe 'Remove-CwLogMetricFilter' {
    It 'Get-CwLogMetricFilter -LogGroupName | Remove-CwLogMetricFilter removes them all; -WhatIf first sends nothing' {
        $before = Get-Calls DeleteMetricFilter
        Get-CwLogMetricFilter -LogGroupName flt-web | Remove-CwLogMetricFilter -WhatIf
        Get-Calls DeleteMetricFilter | Should -Be $before

        Get-CwLogMetricFilter -LogGroupName flt-web | Remove-CwLogMetricFilter -Force
        Get-CwLogMetricFilter -LogGroupName flt-web | Should -BeNullOrEmpty
        Get-Calls DeleteMetricFilter | Should -Be ($before + 3)
        (Get-CwLogGroup -LogGroupNamePrefix flt-web).MetricFilterCount | Should -Be 0
    }

    It 'a missing filter is a non-terminating error and the next one is still removed' {
        Remove-CwLogMetricFilter -LogGroupName flt-app -FilterName nope, errors -Force -ErrorVariable err -ErrorAction SilentlyContinue
        $err | Should -HaveCount 1
        $err[0].TargetObject | Should -Be 'flt-app/nope'
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        (Get-CwLogMetricFilter -LogGroupName flt-app).FilterName | Should -Be @('latency')
    }
}

Describe 'Test-CwLogMetricFilter' {
    BeforeAll {
        # 120 access-log lines; every 7th one is a 4xx.
        $script:Lines = 1..120 | ForEach-Object {
            $status = if ($_ % 7 -eq 0) { 404 } else { 200 }
            "10.0.0.$_ user$_ GET /page/$_ $status $($_ * 10)"
        }
        $script:Sample = Join-Path ([IO.Path]::GetTempPath()) "cwlogs-filters-$PID.log"
        Set-Content -LiteralPath $Sample -Value $Lines
    }
    AfterAll { Remove-Item -LiteralPath $Sample -ErrorAction SilentlyContinue }

    It 'Get-Content | Test-CwLogMetricFilter sends 120 messages in 3 calls and numbers matches across them' {
        $before = Get-Calls TestMetricFilter
        $matches = Get-Content -LiteralPath $Sample | Test-CwLogMetricFilter -FilterPattern '[ip, user, ..., status = 4*, bytes]'

        $calls = Get-EmulatorJournal -Operation TestMetricFilter -After $before
        $calls | Should -HaveCount 3
        @($calls | ForEach-Object { @(($_.body | ConvertFrom-Json).logEventMessages).Count }) | Should -Be @(50, 50, 20)
        @($matches.EventNumber) | Should -Be @(7, 14, 21, 28, 35, 42, 49, 56, 63, 70, 77, 84, 91, 98, 105, 112, 119)
        $m = $matches | Where-Object EventNumber -EQ 56
        $m.EventMessage | Should -Be $Lines[55]
        $m.ExtractedValues['$user'] | Should -Be 'user56'
        $m.ExtractedValues['$status'] | Should -Be '404'
        $m.ExtractedValues['$bytes'] | Should -Be '560'
        $m | Should -BeOfType [CwLogs.Model.MetricFilterMatch]
    }

    It 'batches a -LogEventMessages array of more than 50 rather than refusing it' {
        $before = Get-Calls TestMetricFilter
        $matches = Test-CwLogMetricFilter -FilterPattern 404 -LogEventMessages $Lines[0..59]
        (Get-Calls TestMetricFilter) - $before | Should -Be 2
        @($matches.EventNumber) | Should -Be @(7, 14, 21, 28, 35, 42, 49, 56)
    }

    It 'skips empty lines but counts them in EventNumber' {
        $matches = '', 'ERROR one', '', 'ok', 'ERROR two' | Test-CwLogMetricFilter ERROR
        @($matches.EventNumber) | Should -Be @(2, 5)
        $body = (Get-EmulatorJournal -Operation TestMetricFilter)[-1].body | ConvertFrom-Json
        @($body.logEventMessages) | Should -Be @('ERROR one', 'ok', 'ERROR two')
    }

    It 'refuses a pattern longer than 1024 before any call' {
        $before = Get-Calls TestMetricFilter
        { 'a' | Test-CwLogMetricFilter -FilterPattern ('x' * 1025) -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidFilterPattern*'
        Get-Calls TestMetricFilter | Should -Be $before
    }

    It 'takes the Message of piped log events by property name' {
        New-CwLogStream -LogGroupName flt-app -LogStreamName s
        'GET 200', 'GET 500' | Write-CwLogEvent -LogGroupName flt-app -LogStreamName s
        $m = Get-CwLogEvent -LogGroupName flt-app -LogStreamName s | Test-CwLogMetricFilter '[method, status = 5*]'
        $m.EventMessage | Should -Be 'GET 500'
        $m.ExtractedValues['$method'] | Should -Be 'GET'
    }

    It 'table view fits 120 columns' {
        $lines = (Get-Content -LiteralPath $Sample | Test-CwLogMetricFilter '[ip, user, ..., status = 4*, bytes]' | Format-Width120) -split '\r?\n' | Where-Object { $_.Trim() }
        $lines[0] | Should -Match '^\s*Event\s+ExtractedValues\s+EventMessage\s*$'
        $lines | ForEach-Object { $_.Length | Should -BeLessOrEqual 120 }
    }
}

Describe 'Subscription filters' {
    It 'Set then Get-CwLogGroup | Get-CwLogSubscriptionFilter reads every member' {
        Set-CwLogSubscriptionFilter -LogGroupName flt-sub -FilterName ship -FilterPattern 'ERROR' -DestinationArn $Lambda
        Set-CwLogSubscriptionFilter -LogGroupName flt-sub -FilterName stream -FilterPattern '' `
            -DestinationArn 'arn:aws:kinesis:us-east-2:123456789012:stream/logs' -RoleArn 'arn:aws:iam::123456789012:role/cwl' -Distribution Random

        $filters = Get-CwLogGroup -LogGroupNamePrefix flt- | Get-CwLogSubscriptionFilter
        @($filters.FilterName) | Should -Be @('ship', 'stream')
        $filters[0].LogGroupName | Should -Be 'flt-sub'
        $filters[0].DestinationArn | Should -Be $Lambda
        $filters[0].Distribution | Should -Be ([CwLogs.Model.SubscriptionDistribution]::ByLogStream)
        $filters[1].RoleArn | Should -Be 'arn:aws:iam::123456789012:role/cwl'
        $filters[1].Distribution | Should -Be 'Random'
        $filters[1].CreationTime | Should -BeOfType [DateTimeOffset]
    }

    It 'a third filter of a group is a non-terminating LimitExceeded error; the next item still goes' {
        $items = @(
            [pscustomobject]@{ LogGroupName = 'flt-sub'; FilterName = 'third'; FilterPattern = '' }
            [pscustomobject]@{ LogGroupName = 'flt-web'; FilterName = 'first'; FilterPattern = '' }
        )
        $items | Set-CwLogSubscriptionFilter -DestinationArn $Lambda -ErrorVariable err -ErrorAction SilentlyContinue
        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'LimitExceeded,*'
        $err[0].CategoryInfo.Category | Should -Be 'LimitsExceeded'
        $err[0].TargetObject | Should -Be 'flt-sub/third'
        (Get-CwLogSubscriptionFilter -LogGroupName flt-web).FilterName | Should -Be 'first'
    }

    It 'same-name Set replaces the filter' {
        Set-CwLogSubscriptionFilter flt-sub ship 'WARN' -DestinationArn $Lambda
        (Get-CwLogSubscriptionFilter flt-sub ship).FilterPattern | Should -Be 'WARN'
    }

    It 'refuses a destination that is not a deliverable ARN when binding, before any call' {
        $before = Get-Calls PutSubscriptionFilter
        { Set-CwLogSubscriptionFilter flt-sub x '' -DestinationArn 'arn:aws:s3:::bucket' -ErrorAction Stop } | Should -Throw '*Kinesis stream*'
        { Set-CwLogSubscriptionFilter flt-sub x '' -DestinationArn $Lambda -RoleArn 'role' -ErrorAction Stop } | Should -Throw '*IAM role ARN*'
        Get-Calls PutSubscriptionFilter | Should -Be $before
    }

    It 'refuses a bad filter name before any call while the next item goes on' {
        $before = Get-Calls PutSubscriptionFilter
        @(
            [pscustomobject]@{ LogGroupName = 'flt-web'; FilterName = 'bad*'; FilterPattern = '' }
            [pscustomobject]@{ LogGroupName = 'flt-web'; FilterName = 'second'; FilterPattern = '' }
        ) | Set-CwLogSubscriptionFilter -DestinationArn $Lambda -ErrorVariable err -ErrorAction SilentlyContinue
        $err | Should -HaveCount 1
        "$($err[0])" | Should -Match '-FilterName'
        Get-Calls PutSubscriptionFilter | Should -Be ($before + 1)
    }

    It '-WhatIf sends nothing' {
        $before = Get-Calls PutSubscriptionFilter
        Set-CwLogSubscriptionFilter flt-sub whatif '' -DestinationArn $Lambda -WhatIf
        Get-CwLogSubscriptionFilter flt-sub | Remove-CwLogSubscriptionFilter -WhatIf
        Get-Calls PutSubscriptionFilter | Should -Be $before
        Get-Calls DeleteSubscriptionFilter | Should -Be 0
    }

    It 'Get | Remove-CwLogSubscriptionFilter removes them; a missing one is a non-terminating error' {
        Get-CwLogSubscriptionFilter flt-sub | Remove-CwLogSubscriptionFilter -Force
        Get-CwLogSubscriptionFilter flt-sub | Should -BeNullOrEmpty
        Remove-CwLogSubscriptionFilter flt-sub ship -Force -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -BeLike 'ResourceNotFound,*'
        $err[0].TargetObject | Should -Be 'flt-sub/ship'
    }

    It 'table view fits 120 columns' {
        $lines = (Get-CwLogSubscriptionFilter flt-web | Format-Width120) -split '\r?\n' | Where-Object { $_.Trim() }
        $lines[0] | Should -Match '^FilterName\s+LogGroupName\s+Distribution\s+FilterPattern\s+DestinationArn\s*$'
        $lines | ForEach-Object { $_.Length | Should -BeLessOrEqual 120 }
    }
}
