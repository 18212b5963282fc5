# Destinations and resource policies: the policy as JSON text or as objects, parsed policies on the way back,
# the pipelines users write, and what -ForceUpdate, -Force and -WhatIf do.

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    Reset-Emulator

    $script:TargetArn = 'arn:aws:kinesis:us-east-2:123456789012:stream/pol-stream'
    $script:RoleArn = 'arn:aws:iam::123456789012:role/pol-cwl-to-kinesis'
    # Keys in name order at every level: a plain hashtable is sent in that order, so all three forms match.
    $script:AccessPolicyJson = '{"Statement":[{"Action":"logs:PutSubscriptionFilter","Effect":"Allow","Principal":{"AWS":"111122223333"},"Resource":"*"}],"Version":"2012-10-17"}'
    $script:OrgPolicyJson = '{"Statement":[{"Action":"logs:PutSubscriptionFilter","Condition":{"StringEquals":{"aws:PrincipalOrgID":["o-abc123"]}},"Effect":"Allow","Principal":"*","Resource":"*"}],"Version":"2012-10-17"}'
    $script:ResourcePolicyJson = '{"Statement":[{"Action":["logs:CreateLogStream","logs:PutLogEvents"],"Effect":"Allow","Principal":{"Service":"route53.amazonaws.com"},"Resource":"*"}],"Version":"2012-10-17"}'

    function New-AccessPolicyHashtable {
        @{ Version = '2012-10-17'; Statement = @(@{ Effect = 'Allow'; Principal = @{ AWS = '111122223333' }; Action = 'logs:PutSubscriptionFilter'; Resource = '*' }) }
    }

    function New-AccessPolicyObject {
        [pscustomobject]@{
            Statement = @([pscustomobject]@{ Action = 'logs:PutSubscriptionFilter'; Effect = 'Allow'; Principal = [pscustomobject]@{ AWS = '111122223333' }; Resource = '*' })
            Version   = '2012-10-17'
        }
    }

    # The body member of the last call of an operation.
    function Get-LastSent {
        param([string] $Operation, [string] $Member)
        ((Get-EmulatorJournal -Operation $Operation)[-1].body | ConvertFrom-Json -AsHashtable)[$Member]
    }

    function Get-LastBody {
        param([string] $Operation)
        (Get-EmulatorJournal -Operation $Operation)[-1].body | ConvertFrom-Json -AsHashtable
    }
}

Describe 'Destinations' {
    BeforeEach {
        Get-CwLogDestination -DestinationNamePrefix pol- | Remove-CwLogDestination -Force
    }

    It 'Set-CwLogDestination creates one and writes it: ARN, creation time, target and role; tags go with it' {
        $d = Set-CwLogDestination -DestinationName pol-a -TargetArn $TargetArn -RoleArn $RoleArn -Tag @{ team = 'ops' }

        $d | Should -BeOfType CwLogs.Model.Destination
        $d.DestinationName | Should -Be 'pol-a'
        $d.Arn | Should -Be 'arn:aws:logs:us-east-2:123456789012:destination:pol-a'
        $d.TargetArn | Should -Be $TargetArn
        $d.RoleArn | Should -Be $RoleArn
        $d.CreationTime | Should -BeOfType [DateTimeOffset]
        $d.AccessPolicy | Should -BeNullOrEmpty
        (Get-LastSent -Operation PutDestination -Member tags).team | Should -Be 'ops'
    }

    It 'Set-CwLogDestination on an existing name updates target and role, keeps the creation time' {
        $first = Set-CwLogDestination pol-a $TargetArn $RoleArn
        $newTarget = 'arn:aws:firehose:us-east-2:123456789012:deliverystream/pol-hose'

        $second = Set-CwLogDestination pol-a $newTarget $RoleArn

        $second.TargetArn | Should -Be $newTarget
        $second.CreationTime | Should -Be $first.CreationTime
        @(Get-CwLogDestination pol-).Count | Should -Be 1
    }

    It 'Get-CwLogDestination filters by prefix and reads every page' {
        'pol-a', 'pol-b', 'pol-c' | ForEach-Object { Set-CwLogDestination $_ $TargetArn $RoleArn } | Out-Null
        Set-CwLogDestination other-x $TargetArn $RoleArn | Out-Null
        $before = Get-EmulatorCallCount -Operation DescribeDestinations

        $listed = Get-CwLogDestination -DestinationNamePrefix pol- -PageSize 2

        $listed.DestinationName | Should -Be @('pol-a', 'pol-b', 'pol-c')
        (Get-EmulatorCallCount -Operation DescribeDestinations) - $before | Should -Be 2
        (Get-LastSent -Operation DescribeDestinations -Member DestinationNamePrefix) | Should -Be 'pol-'
        (Get-CwLogDestination).DestinationName | Should -Contain 'other-x'
        Remove-CwLogDestination other-x -Force
    }

    It 'Get-CwLogDestination | Remove-CwLogDestination removes each one' {
        'pol-a', 'pol-b' | ForEach-Object { Set-CwLogDestination $_ $TargetArn $RoleArn } | Out-Null
        $before = Get-EmulatorCallCount -Operation DeleteDestination

        Get-CwLogDestination pol- | Remove-CwLogDestination -Force

        Get-CwLogDestination pol- | Should -BeNullOrEmpty
        (Get-EmulatorCallCount -Operation DeleteDestination) - $before | Should -Be 2
    }

    It 'Remove-CwLogDestination: a missing name is a non-terminating ObjectNotFound error and the others go on' {
        Set-CwLogDestination pol-b $TargetArn $RoleArn | Out-Null

        Remove-CwLogDestination -DestinationName pol-missing, pol-b -Force -ErrorVariable failed -ErrorAction SilentlyContinue

        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -Be 'ResourceNotFound,CwLogs.Commands.RemoveCwLogDestinationCommand'
        $failed[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failed[0].TargetObject | Should -Be 'pol-missing'
        Get-CwLogDestination pol- | Should -BeNullOrEmpty
    }

    It 'the access policy as JSON text, a hashtable, an ordered dictionary or a PSCustomObject sends the same JSON' {
        Set-CwLogDestination pol-a $TargetArn $RoleArn | Out-Null
        $spaced = $AccessPolicyJson | ConvertFrom-Json | ConvertTo-Json -Depth 10   # indented text
        $ordered = [ordered]@{ Statement = @([ordered]@{ Action = 'logs:PutSubscriptionFilter'; Effect = 'Allow'; Principal = [ordered]@{ AWS = '111122223333' }; Resource = '*' }); Version = '2012-10-17' }

        $sent = foreach ($policy in $AccessPolicyJson, $spaced, (New-AccessPolicyHashtable), $ordered, (New-AccessPolicyObject)) {
            Set-CwLogDestinationPolicy -DestinationName pol-a -AccessPolicy $policy
            Get-LastSent -Operation PutDestinationPolicy -Member accessPolicy
        }

        $sent | ForEach-Object { $_ | Should -BeExactly $AccessPolicyJson }
    }

    It 'Get-CwLogDestination gives the policy as text and as objects usable with dot notation' {
        Set-CwLogDestination pol-a $TargetArn $RoleArn | Out-Null
        Set-CwLogDestinationPolicy pol-a (New-AccessPolicyHashtable)

        $d = Get-CwLogDestination pol-a

        $d.AccessPolicy | Should -BeExactly $AccessPolicyJson
        $d.AccessPolicyObject.Version | Should -Be '2012-10-17'
        $d.AccessPolicyObject.Statement[0].Principal.AWS | Should -Be '111122223333'
        $d.AccessPolicyObject.Statement.Effect | Should -Be 'Allow'
    }

    It 'Get-CwLogDestination | Set-CwLogDestinationPolicy binds the name and the policy text by property' {
        Set-CwLogDestination pol-a $TargetArn $RoleArn | Out-Null
        Set-CwLogDestinationPolicy pol-a $AccessPolicyJson
        $before = Get-EmulatorCallCount -Operation PutDestinationPolicy

        Get-CwLogDestination pol-a | Set-CwLogDestinationPolicy

        (Get-EmulatorCallCount -Operation PutDestinationPolicy) - $before | Should -Be 1
        (Get-LastBody -Operation PutDestinationPolicy).destinationName | Should -Be 'pol-a'
        (Get-LastSent -Operation PutDestinationPolicy -Member accessPolicy) | Should -BeExactly $AccessPolicyJson
    }

    It 'bad JSON is refused before any call, and the other pipeline items go on' {
        'pol-a', 'pol-b' | ForEach-Object { Set-CwLogDestination $_ $TargetArn $RoleArn } | Out-Null
        $before = Get-EmulatorCallCount -Operation PutDestinationPolicy

        @(
            [pscustomobject]@{ DestinationName = 'pol-a'; AccessPolicy = '{"Version": "2012-10-17", "Statement": [' }
            [pscustomobject]@{ DestinationName = 'pol-b'; AccessPolicy = $AccessPolicyJson }
        ) | Set-CwLogDestinationPolicy -ErrorVariable failed -ErrorAction SilentlyContinue

        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'ParameterArgumentTransformationError*'
        $failed[0].Exception.Message | Should -BeLike '*not valid JSON*'
        (Get-EmulatorCallCount -Operation PutDestinationPolicy) - $before | Should -Be 1
        (Get-LastBody -Operation PutDestinationPolicy).destinationName | Should -Be 'pol-b'
        (Get-CwLogDestination pol-a).AccessPolicy | Should -BeNullOrEmpty
    }

    It 'bad JSON given by name stops the command before any call' {
        Set-CwLogDestination pol-a $TargetArn $RoleArn | Out-Null
        $before = Get-EmulatorCallCount -Operation PutDestinationPolicy

        { Set-CwLogDestinationPolicy pol-a 'Allow everyone' } | Should -Throw '*not valid JSON*'
        { Set-CwLogDestinationPolicy pol-a @{ When = [System.IO.FileInfo]::new('x') } } | Should -Throw '*cannot be turned into JSON*'

        (Get-EmulatorCallCount -Operation PutDestinationPolicy) - $before | Should -Be 0
    }

    It '-ForceUpdate sends forceUpdate (needed to switch to an organization); -Force does not' {
        Set-CwLogDestination pol-a $TargetArn $RoleArn | Out-Null
        Set-CwLogDestinationPolicy pol-a $AccessPolicyJson -Force
        (Get-LastBody -Operation PutDestinationPolicy).ContainsKey('forceUpdate') | Should -BeFalse

        Set-CwLogDestinationPolicy pol-a $OrgPolicyJson -Force -ErrorVariable refused -ErrorAction SilentlyContinue
        $refused.Count | Should -Be 1
        $refused[0].FullyQualifiedErrorId | Should -Be 'InvalidParameter,CwLogs.Commands.SetCwLogDestinationPolicyCommand'
        $refused[0].TargetObject | Should -Be 'pol-a'

        Set-CwLogDestinationPolicy pol-a $OrgPolicyJson -ForceUpdate
        (Get-LastBody -Operation PutDestinationPolicy).forceUpdate | Should -BeTrue
        (Get-CwLogDestination pol-a).AccessPolicyObject.Statement[0].Condition.StringEquals.'aws:PrincipalOrgID' | Should -Be 'o-abc123'
    }

    It '-Force skips the confirmation; -ForceUpdate does not' {
        Set-CwLogDestination pol-a $TargetArn $RoleArn | Out-Null
        $before = Get-EmulatorCallCount -Operation PutDestinationPolicy
        # A runspace without a user to ask: a confirmation prompt there is an error, so it shows whether one was asked.
        function Invoke-WithConfirmLow([string] $Switch) {
            $ps = [powershell]::Create()
            try {
                $null = $ps.AddScript({
                    param($ModulePath, $Defaults, $Policy, $Switch)
                    Import-Module $ModulePath
                    $PSDefaultParameterValues = $Defaults
                    $ConfirmPreference = 'Low'
                    $switches = @{ $Switch = $true }
                    Set-CwLogDestinationPolicy -DestinationName pol-a -AccessPolicy $Policy @switches
                }).AddArgument($ModulePath).AddArgument($PSDefaultParameterValues.Clone()).AddArgument($AccessPolicyJson).AddArgument($Switch)
                $null = $ps.Invoke()
                [pscustomobject]@{ Failed = $ps.HadErrors; Errors = @($ps.Streams.Error) }
            }
            catch { [pscustomobject]@{ Failed = $true; Errors = @($_) } }
            finally { $ps.Dispose() }
        }

        $forced = Invoke-WithConfirmLow Force
        $forced.Failed | Should -BeFalse
        (Get-EmulatorCallCount -Operation PutDestinationPolicy) - $before | Should -Be 1

        $asked = Invoke-WithConfirmLow ForceUpdate
        $asked.Failed | Should -BeTrue
        $asked.Errors[0].FullyQualifiedErrorId | Should -BeLike 'HostFunctionNotImplemented*'
        $asked.Errors[0].Exception.Message | Should -BeLike '*request confirmation*'
        (Get-EmulatorCallCount -Operation PutDestinationPolicy) - $before | Should -Be 1
    }

    It '-WhatIf sends nothing' {
        Set-CwLogDestination pol-a $TargetArn $RoleArn | Out-Null
        $calls = { (Get-EmulatorJournal | Where-Object operation -in 'PutDestination', 'PutDestinationPolicy', 'DeleteDestination').Count }
        $before = & $calls

        Set-CwLogDestination pol-b $TargetArn $RoleArn -WhatIf | Should -BeNullOrEmpty
        Set-CwLogDestinationPolicy pol-a $AccessPolicyJson -WhatIf
        Get-CwLogDestination pol-a | Remove-CwLogDestination -WhatIf

        (& $calls) - $before | Should -Be 0
        (Get-CwLogDestination pol-).DestinationName | Should -Be 'pol-a'
    }

    It 'the table view fits 120 columns; the list view shows the policy text' {
        Set-CwLogDestination pol-a $TargetArn $RoleArn | Out-Null
        Set-CwLogDestinationPolicy pol-a $AccessPolicyJson

        $table = (Get-CwLogDestination pol- | Out-String -Width 120) -split "`r?`n" | Where-Object { $_ }
        $list = Get-CwLogDestination pol- | Format-List | Out-String -Width 400

        $table[0] | Should -Match 'Created\s+Policy\s+DestinationName\s+TargetArn'
        $table | ForEach-Object { $_.Length | Should -BeLessOrEqual 120 }
        $table[-1] | Should -Match 'yes\s+pol-a\s+arn:aws:kinesis'
        $list | Should -Match ([regex]::Escape("AccessPolicy    : $AccessPolicyJson"))
    }
}

Describe 'Resource policies' {
    BeforeEach {
        Get-CwLogResourcePolicy | Remove-CwLogResourcePolicy -Force
    }

    It 'Set-CwLogResourcePolicy writes the policy as text and as objects, with its update time' {
        $p = Set-CwLogResourcePolicy -PolicyName pol-route53 -PolicyDocument $ResourcePolicyJson

        $p | Should -BeOfType CwLogs.Model.ResourcePolicy
        $p.PolicyName | Should -Be 'pol-route53'
        $p.PolicyDocument | Should -BeExactly $ResourcePolicyJson
        $p.Policy.Statement[0].Principal.Service | Should -Be 'route53.amazonaws.com'
        $p.Policy.Statement[0].Action | Should -Be @('logs:CreateLogStream', 'logs:PutLogEvents')
        $p.LastUpdatedTime | Should -BeOfType [DateTimeOffset]
    }

    It 'the document as JSON text, a hashtable or a PSCustomObject sends the same JSON' {
        $hashtable = @{ Version = '2012-10-17'; Statement = @(@{ Effect = 'Allow'; Principal = @{ Service = 'route53.amazonaws.com' }; Action = @('logs:CreateLogStream', 'logs:PutLogEvents'); Resource = '*' }) }
        $object = $ResourcePolicyJson | ConvertFrom-Json

        $sent = foreach ($policy in $ResourcePolicyJson, $hashtable, $object) {
            Set-CwLogResourcePolicy pol-route53 $policy | Out-Null
            Get-LastSent -Operation PutResourcePolicy -Member policyDocument
        }

        $sent | ForEach-Object { $_ | Should -BeExactly $ResourcePolicyJson }
    }

    It 'Get-CwLogResourcePolicy lists every page, filters by name or wildcard, and reports an exact name it did not find' {
        'pol-a', 'pol-b', 'pol-c' | ForEach-Object { Set-CwLogResourcePolicy $_ $ResourcePolicyJson } | Out-Null
        $before = Get-EmulatorCallCount -Operation DescribeResourcePolicies

        (Get-CwLogResourcePolicy -PageSize 2).PolicyName | Should -Be @('pol-a', 'pol-b', 'pol-c')
        (Get-EmulatorCallCount -Operation DescribeResourcePolicies) - $before | Should -Be 2
        (Get-CwLogResourcePolicy 'pol-[ab]').PolicyName | Should -Be @('pol-a', 'pol-b')

        $found = Get-CwLogResourcePolicy pol-c, pol-missing -ErrorVariable failed -ErrorAction SilentlyContinue
        $found.PolicyName | Should -Be 'pol-c'
        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -Be 'ResourceNotFound,CwLogs.Commands.GetCwLogResourcePolicyCommand'
        $failed[0].TargetObject | Should -Be 'pol-missing'
    }

    It 'Get-CwLogResourcePolicy | Remove-CwLogResourcePolicy removes each one; a missing one is a non-terminating error' {
        'pol-a', 'pol-b' | ForEach-Object { Set-CwLogResourcePolicy $_ $ResourcePolicyJson } | Out-Null

        Get-CwLogResourcePolicy pol-* | Remove-CwLogResourcePolicy -Force
        Remove-CwLogResourcePolicy pol-a -Force -ErrorVariable failed -ErrorAction SilentlyContinue

        Get-CwLogResourcePolicy | Should -BeNullOrEmpty
        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -Be 'ResourceNotFound,CwLogs.Commands.RemoveCwLogResourcePolicyCommand'
        $failed[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'an 11th policy is a LimitExceeded error; replacing one of the 10 is fine' {
        1..10 | ForEach-Object { Set-CwLogResourcePolicy "pol-$_" $ResourcePolicyJson } | Out-Null

        Set-CwLogResourcePolicy pol-11 $ResourcePolicyJson -ErrorVariable failed -ErrorAction SilentlyContinue
        $replaced = Set-CwLogResourcePolicy pol-3 (New-AccessPolicyHashtable)

        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -Be 'LimitExceeded,CwLogs.Commands.SetCwLogResourcePolicyCommand'
        $failed[0].CategoryInfo.Category | Should -Be 'LimitsExceeded'
        $replaced.PolicyDocument | Should -BeExactly $AccessPolicyJson
        @(Get-CwLogResourcePolicy).Count | Should -Be 10
    }

    It 'bad JSON is refused before any call, and the other pipeline items go on' {
        $before = Get-EmulatorCallCount -Operation PutResourcePolicy

        @(
            [pscustomobject]@{ PolicyName = 'pol-bad'; PolicyDocument = "{'Version': 2012-10-17}" }
            [pscustomobject]@{ PolicyName = 'pol-good'; PolicyDocument = $ResourcePolicyJson }
        ) | Set-CwLogResourcePolicy -ErrorVariable failed -ErrorAction SilentlyContinue | Out-Null

        $failed.Count | Should -Be 1
        $failed[0].Exception.Message | Should -BeLike '*not valid JSON*'
        (Get-EmulatorCallCount -Operation PutResourcePolicy) - $before | Should -Be 1
        (Get-CwLogResourcePolicy).PolicyName | Should -Be 'pol-good'
    }

    It '-WhatIf sends nothing' {
        Set-CwLogResourcePolicy pol-a $ResourcePolicyJson | Out-Null
        $calls = { (Get-EmulatorJournal | Where-Object operation -in 'PutResourcePolicy', 'DeleteResourcePolicy').Count }
        $before = & $calls

        Set-CwLogResourcePolicy pol-b $ResourcePolicyJson -WhatIf | Should -BeNullOrEmpty
        Get-CwLogResourcePolicy | Remove-CwLogResourcePolicy -WhatIf

        (& $calls) - $before | Should -Be 0
        (Get-CwLogResourcePolicy).PolicyName | Should -Be 'pol-a'
    }

    It 'the table view fits 120 columns, cutting a long document' {
        Set-CwLogResourcePolicy pol-a $ResourcePolicyJson | Out-Null

        $table = (Get-CwLogResourcePolicy | Out-String -Width 120) -split "`r?`n" | Where-Object { $_ }

        $table[0] | Should -Match 'LastUpdated\s+PolicyName\s+PolicyDocument'
        $table | ForEach-Object { $_.Length | Should -BeLessOrEqual 120 }
        $table[-1] | Should -Match 'pol-a\s+\{"Statement"'
    }
}
