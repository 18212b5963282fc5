# Tags (Add/Get/Remove-CwLogTag) and KMS keys (Register/Unregister-CwLogKmsKey) as a user drives them: by log
# group name from the pipeline, by resource ARN, -WhatIf, bad input refused before any call while the other
# pipeline items go on, and per-item service errors that leave the rest of the pipeline alone.

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    Reset-Emulator

    '/aws/lambda/kt-a', '/aws/lambda/kt-b', 'kt-other' | New-CwLogGroup
    $script:ArnA = (Get-CwLogGroup -LogGroupName /aws/lambda/kt-a).LogGroupArn
    $script:ArnB = (Get-CwLogGroup -LogGroupName /aws/lambda/kt-b).LogGroupArn
    $script:KeyArn = 'arn:aws:kms:us-east-2:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'

    # Every tag operation, so "nothing was sent" covers all of them.
    $script:TagOperations = 'TagLogGroup', 'UntagLogGroup', 'ListTagsLogGroup', 'TagResource', 'UntagResource', 'ListTagsForResource'
    function Get-TagCallCount { ($TagOperations | ForEach-Object { Get-EmulatorCallCount -Operation $_ } | Measure-Object -Sum).Sum }
    function Get-LastBody([string] $Operation) { (Get-EmulatorJournal -Operation $Operation)[-1].body | ConvertFrom-Json }
    function Get-KmsCallCount { (Get-EmulatorCallCount -Operation AssociateKmsKey) + (Get-EmulatorCallCount -Operation DisassociateKmsKey) }
    function Clear-KtTags {
        foreach ($name in '/aws/lambda/kt-a', '/aws/lambda/kt-b', 'kt-other') {
            $keys = @((Get-CwLogTag -LogGroupName $name).Tags.Keys)
            if ($keys.Count) { Remove-CwLogTag -LogGroupName $name -TagKey $keys -Force }
        }
    }
}

Describe 'Tags by log group name' {
    BeforeEach { Clear-KtTags }

    It 'Add-CwLogTag then Get-CwLogTag: one object per group with its name and the tags sorted by key' {
        Add-CwLogTag -LogGroupName kt-other -Tag @{ team = 'ops'; env = 'prod'; cost = 42; empty = '' }
        $tags = Get-CwLogTag -LogGroupName kt-other
        $tags | Should -HaveCount 1
        $tags.GetType().FullName | Should -Be 'CwLogs.Model.LogGroupTags'
        $tags.LogGroupName | Should -Be 'kt-other'
        $tags.PSObject.Properties.Name | Should -Not -Contain 'ResourceArn'
        @($tags.Tags.Keys) | Should -Be @('cost', 'empty', 'env', 'team')
        $tags.Tags['cost'] | Should -Be '42'
        $tags.Tags['empty'] | Should -Be ''
        "$tags" | Should -Be 'kt-other'
        (Get-LastBody TagLogGroup).tags.team | Should -Be 'ops'
    }

    It 'a tag that exists gets the new value; the others stay' {
        Add-CwLogTag kt-other @{ team = 'ops'; env = 'prod' }
        Add-CwLogTag kt-other @{ team = 'dev' }
        $tags = (Get-CwLogTag kt-other).Tags
        $tags['team'] | Should -Be 'dev'
        $tags['env'] | Should -Be 'prod'
    }

    It 'Get-CwLogGroup -LogGroupNamePrefix /aws/lambda/ | Get-CwLogTag binds each group by its LogGroupName' {
        Add-CwLogTag -LogGroupName /aws/lambda/kt-a -Tag @{ fn = 'a' }
        $before = Get-EmulatorCallCount -Operation ListTagsLogGroup
        $tags = Get-CwLogGroup -LogGroupNamePrefix /aws/lambda/ | Get-CwLogTag
        $tags.LogGroupName | Should -Be @('/aws/lambda/kt-a', '/aws/lambda/kt-b')
        $tags[0].Tags['fn'] | Should -Be 'a'
        $tags[1].Tags.Count | Should -Be 0
        (Get-EmulatorCallCount -Operation ListTagsLogGroup) - $before | Should -Be 2
    }

    It 'Get-CwLogGroup | Add-CwLogTag and | Remove-CwLogTag -Force change every group piped' {
        Get-CwLogGroup -LogGroupNamePrefix /aws/lambda/ | Add-CwLogTag -Tag @{ stage = 'beta'; keep = 'yes' }
        (Get-CwLogGroup -LogGroupNamePrefix /aws/lambda/ | Get-CwLogTag).Tags.stage | Should -Be @('beta', 'beta')
        Get-CwLogGroup -LogGroupNamePrefix /aws/lambda/ | Remove-CwLogTag -TagKey stage -Force
        $after = Get-CwLogGroup -LogGroupNamePrefix /aws/lambda/ | Get-CwLogTag
        $after | ForEach-Object { @($_.Tags.Keys) | Should -Be @('keep') }
        (Get-CwLogTag kt-other).Tags.Count | Should -Be 0
    }

    It 'Get-CwLogTag | Remove-CwLogTag removes from the resources listed; keys a group lacks are ignored' {
        Add-CwLogTag /aws/lambda/kt-a, kt-other -Tag @{ a = '1'; b = '2' }
        Get-CwLogTag /aws/lambda/kt-a, kt-other | Remove-CwLogTag -TagKey a, missing -Force
        (Get-CwLogTag /aws/lambda/kt-a, kt-other).Tags.Keys | Should -Be @('b', 'b')
        (Get-LastBody UntagLogGroup).tags | Should -Be @('a', 'missing')
    }

    It 'an empty -Tag sends nothing' {
        $before = Get-TagCallCount
        Add-CwLogTag kt-other @{}
        Get-TagCallCount | Should -Be $before
    }
}

Describe 'Tags by resource ARN' {
    BeforeEach { Clear-KtTags }

    It 'TagResource, ListTagsForResource, UntagResource on a group''s LogGroupArn; the object carries the ARN' {
        Add-CwLogTag -ResourceArn $ArnA -Tag @{ owner = 'me'; tier = 'gold' }
        (Get-LastBody TagResource).resourceArn | Should -Be $ArnA
        $tags = Get-CwLogTag -ResourceArn $ArnA
        $tags.GetType().FullName | Should -Be 'CwLogs.Model.ResourceArnTags'
        $tags.ResourceArn | Should -Be $ArnA
        $tags.PSObject.Properties.Name | Should -Not -Contain 'LogGroupName'
        @($tags.Tags.Keys) | Should -Be @('owner', 'tier')
        # The same tags by name: both families of operations see one set of tags.
        (Get-CwLogTag /aws/lambda/kt-a).Tags['owner'] | Should -Be 'me'
        $tags | Remove-CwLogTag -TagKey owner -Force
        (Get-LastBody UntagResource).tagKeys | Should -Be @('owner')
        @((Get-CwLogTag /aws/lambda/kt-a).Tags.Keys) | Should -Be @('tier')
    }

    It 'objects with a ResourceArn property bind by it' {
        $targets = Get-CwLogGroup -LogGroupNamePrefix /aws/lambda/ | Select-Object @{ n = 'ResourceArn'; e = { $_.LogGroupArn } }
        $targets | Add-CwLogTag -Tag @{ via = 'arn' }
        $tags = $targets | Get-CwLogTag
        $tags.ResourceArn | Should -Be @($ArnA, $ArnB)
        $tags.Tags.via | Should -Be @('arn', 'arn')
    }

    It 'a bad ARN, or a group''s Arn ending in :*, is refused before any call while the other items go on' {
        $wildcardArn = (Get-CwLogGroup -LogGroupName /aws/lambda/kt-b).Arn
        $before = Get-EmulatorCallCount -Operation TagResource
        $items = @($ArnA, 'not-an-arn', $wildcardArn, $ArnB) | ForEach-Object { [pscustomobject]@{ ResourceArn = $_ } }
        $items | Add-CwLogTag -Tag @{ x = 'y' } -ErrorVariable problems -ErrorAction SilentlyContinue
        (Get-EmulatorCallCount -Operation TagResource) - $before | Should -Be 2
        $problems | Should -HaveCount 2
        $problems[0].FullyQualifiedErrorId | Should -BeLike 'ParameterArgumentValidationError*'
        "$($problems[0])" | Should -BeLike "*'not-an-arn' is not a CloudWatch Logs ARN*"
        "$($problems[1])" | Should -BeLike "*ends in ':*': use the log group's LogGroupArn*"
        (Get-CwLogTag -ResourceArn $ArnA, $ArnB).Tags.x | Should -Be @('y', 'y')
    }
}

Describe 'Tags: bad input is refused before any call' {
    It '<Case>' -ForEach @(
        @{ Case = '51 tags'; Tag = { $t = @{}; 1..51 | ForEach-Object { $t["k$_"] = 'v' }; $t }; Message = '*-Tag has 51 tags: a resource can have at most 50*' }
        @{ Case = 'a 129-character key'; Tag = { @{ ('k' * 129) = 'v' } }; Message = '*has 129 characters: keys have 1-128*' }
        @{ Case = 'a 257-character value'; Tag = { @{ k = 'v' * 257 } }; Message = "*value of tag 'k' has 257 characters: values have at most 256*" }
        @{ Case = 'a key with a character tags cannot hold'; Tag = { @{ 'a*b' = 'v' } }; Message = "*Tag key 'a*b' is not valid*" }
        @{ Case = 'a $null value'; Tag = { @{ k = $null } }; Message = "*Tag 'k' has no value*" }
    ) {
        $before = Get-TagCallCount
        $tags = & $Tag
        { 'kt-other', '/aws/lambda/kt-a' | Add-CwLogTag -Tag $tags -ErrorAction Stop } |
            Should -Throw -ExpectedMessage $Message -ErrorId 'ParameterArgumentValidationError,CwLogs.Commands.AddCwLogTagCommand'
        Get-TagCallCount | Should -Be $before
    }

    It '50 tags with 128-character keys and 256-character values are accepted' {
        $tags = @{}
        1..50 | ForEach-Object { $tags[('{0:d3}' -f $_) + ('k' * 125)] = 'v' * 256 }
        Add-CwLogTag kt-other -Tag $tags
        (Get-CwLogTag kt-other).Tags.Count | Should -Be 50
        Remove-CwLogTag kt-other -TagKey @($tags.Keys) -Force
        (Get-CwLogTag kt-other).Tags.Count | Should -Be 0
    }

    It 'Remove-CwLogTag: a 129-character key, or 51 keys, is refused before any call' {
        $before = Get-TagCallCount
        { Remove-CwLogTag kt-other -TagKey ('k' * 129) -Force } | Should -Throw -ExpectedMessage '*has 129 characters*'
        { Remove-CwLogTag kt-other -TagKey (1..51 | ForEach-Object { "k$_" }) -Force } | Should -Throw -ExpectedMessage '*-TagKey has 51 keys*'
        Get-TagCallCount | Should -Be $before
    }

    It 'bad log group names in the pipeline are refused while the other names go on' {
        $before = Get-EmulatorCallCount -Operation ListTagsLogGroup
        $tags = 'kt-other', 'bad name!', '/aws/lambda/kt-a' | Get-CwLogTag -ErrorVariable problems -ErrorAction SilentlyContinue
        $tags.LogGroupName | Should -Be @('kt-other', '/aws/lambda/kt-a')
        $problems | Should -HaveCount 1
        (Get-EmulatorCallCount -Operation ListTagsLogGroup) - $before | Should -Be 2
    }
}

Describe 'Tags: service errors stay with their item' {
    BeforeEach { Clear-KtTags }

    It '<Cmdlet> on a missing group: ResourceNotFound for it, the others go on' -ForEach @(
        @{ Cmdlet = 'Get-CwLogTag'; Extra = @{} }
        @{ Cmdlet = 'Add-CwLogTag'; Extra = @{ Tag = @{ seen = 'yes' } } }
        @{ Cmdlet = 'Remove-CwLogTag'; Extra = @{ TagKey = 'seen'; Force = $true } }
    ) {
        $output = 'kt-other', 'kt-missing', '/aws/lambda/kt-b' | & $Cmdlet @Extra -ErrorVariable problems -ErrorAction SilentlyContinue
        $problems | Should -HaveCount 1
        $problems[0].FullyQualifiedErrorId | Should -BeLike 'ResourceNotFound,CwLogs.Commands.*'
        $problems[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $problems[0].TargetObject | Should -Be 'kt-missing'
        "$($problems[0])" | Should -BeLike "Log group 'kt-missing': *does not exist*"
        if ($Cmdlet -eq 'Get-CwLogTag') { $output.LogGroupName | Should -Be @('kt-other', '/aws/lambda/kt-b') }
        if ($Cmdlet -eq 'Add-CwLogTag') { (Get-CwLogTag kt-other, /aws/lambda/kt-b).Tags.seen | Should -Be @('yes', 'yes') }
        if ($Cmdlet -eq 'Remove-CwLogTag') { Get-CwLogTag kt-other, /aws/lambda/kt-b | ForEach-Object { $_.Tags.Count } | Should -Be @(0, 0) }
    }

    It 'a missing group by ARN is ResourceNotFound with the ARN as target' {
        $arn = $ArnA -replace 'kt-a$', 'kt-gone'
        $tags = Get-CwLogTag -ResourceArn $arn, $ArnA -ErrorVariable problems -ErrorAction SilentlyContinue
        $tags.ResourceArn | Should -Be $ArnA
        $problems | Should -HaveCount 1
        $problems[0].FullyQualifiedErrorId | Should -Be 'ResourceNotFound,CwLogs.Commands.GetCwLogTagCommand'
        $problems[0].TargetObject | Should -Be $arn
    }

    It 'more than 50 tags on a group in all: the service refuses it for that group only' {
        $many = @{}; 1..45 | ForEach-Object { $many["m$_"] = 'v' }
        Add-CwLogTag /aws/lambda/kt-a, /aws/lambda/kt-b -Tag $many
        $more = @{}; 1..10 | ForEach-Object { $more["n$_"] = 'v' }
        Add-CwLogTag /aws/lambda/kt-a -Tag $more -ErrorVariable byName -ErrorAction SilentlyContinue
        $byName[0].FullyQualifiedErrorId | Should -Be 'InvalidParameter,CwLogs.Commands.AddCwLogTagCommand'
        Add-CwLogTag -ResourceArn $ArnB -Tag $more -ErrorVariable byArn -ErrorAction SilentlyContinue
        $byArn[0].FullyQualifiedErrorId | Should -Be 'TooManyTags,CwLogs.Commands.AddCwLogTagCommand'
        $byArn[0].CategoryInfo.Category | Should -Be 'LimitsExceeded'
        Get-CwLogTag /aws/lambda/kt-a, /aws/lambda/kt-b | ForEach-Object { $_.Tags.Count } | Should -Be @(45, 45)
    }
}

Describe 'KMS keys' {
    It 'Register-CwLogKmsKey: DescribeLogGroups shows the key; -PassThru emits the group with it' {
        $result = Register-CwLogKmsKey -LogGroupName kt-other -KmsKeyId $KeyArn -PassThru
        $result.LogGroupName | Should -Be 'kt-other'
        $result.KmsKeyId | Should -Be $KeyArn
        (Get-CwLogGroup -LogGroupName kt-other).KmsKeyId | Should -Be $KeyArn
    }

    It 'Get-CwLogGroup | Register-CwLogKmsKey / Unregister-CwLogKmsKey -Force: every group piped' {
        Get-CwLogGroup -LogGroupNamePrefix /aws/lambda/ | Register-CwLogKmsKey -KmsKeyId $KeyArn
        (Get-CwLogGroup -LogGroupNamePrefix /aws/lambda/).KmsKeyId | Should -Be @($KeyArn, $KeyArn)
        Get-CwLogGroup -LogGroupNamePrefix /aws/lambda/ | Unregister-CwLogKmsKey -Force
        Get-CwLogGroup -LogGroupNamePrefix /aws/lambda/ | ForEach-Object { $_.KmsKeyId | Should -BeNullOrEmpty }
    }

    It 'rows with LogGroupName and KmsKeyId bind both; a bad key ARN is refused before any call, the other rows go on' {
        $before = Get-EmulatorCallCount -Operation AssociateKmsKey
        $rows = @(
            [pscustomobject]@{ LogGroupName = '/aws/lambda/kt-a'; KmsKeyId = $KeyArn }
            [pscustomobject]@{ LogGroupName = '/aws/lambda/kt-b'; KmsKeyId = 'alias/logs' }
            [pscustomobject]@{ LogGroupName = 'kt-other'; KmsKeyId = $KeyArn -replace 'key/.*', 'key/mrk-0123456789abcdef' }
        )
        $rows | Register-CwLogKmsKey -ErrorVariable problems -ErrorAction SilentlyContinue
        (Get-EmulatorCallCount -Operation AssociateKmsKey) - $before | Should -Be 2
        $problems | Should -HaveCount 1
        "$($problems[0])" | Should -BeLike "*KMS key 'alias/logs' is not a key ARN*"
        (Get-CwLogGroup -LogGroupName kt-other).KmsKeyId | Should -BeLike '*:key/mrk-0123456789abcdef'
        (Get-CwLogGroup -LogGroupName /aws/lambda/kt-b).KmsKeyId | Should -BeNullOrEmpty
        '/aws/lambda/kt-a', 'kt-other' | Unregister-CwLogKmsKey -Force
    }

    It 'a key id, an alias ARN or a key ARN of another service is refused on the command line: <KmsKeyId>' -ForEach @(
        @{ KmsKeyId = '1234abcd-12ab-34cd-56ef-1234567890ab' }
        @{ KmsKeyId = 'arn:aws:kms:us-east-2:123456789012:alias/logs' }
        @{ KmsKeyId = 'arn:aws:s3:us-east-2:123456789012:key/1234' }
    ) {
        $before = Get-KmsCallCount
        { Register-CwLogKmsKey -LogGroupName kt-other -KmsKeyId $KmsKeyId } | Should -Throw -ErrorId 'ParameterArgumentValidationError,CwLogs.Commands.RegisterCwLogKmsKeyCommand'
        Get-KmsCallCount | Should -Be $before
    }

    It 'a missing group is ResourceNotFound for that group; the others go on' {
        'kt-missing', 'kt-other' | Register-CwLogKmsKey -KmsKeyId $KeyArn -ErrorVariable registering -ErrorAction SilentlyContinue
        'kt-missing', 'kt-other' | Unregister-CwLogKmsKey -Force -ErrorVariable unregistering -ErrorAction SilentlyContinue
        foreach ($problems in $registering, $unregistering) {
            $problems | Should -HaveCount 1
            $problems[0].FullyQualifiedErrorId | Should -BeLike 'ResourceNotFound,CwLogs.Commands.*KmsKeyCommand'
            $problems[0].TargetObject | Should -Be 'kt-missing'
        }
        (Get-LastBody DisassociateKmsKey).logGroupName | Should -Be 'kt-other'
    }
}

Describe '-WhatIf sends nothing' {
    It '<Name>' -ForEach @(
        @{ Name = 'Add-CwLogTag by name'; Run = { Add-CwLogTag kt-other @{ a = 'b' } -WhatIf } }
        @{ Name = 'Add-CwLogTag by ARN'; Run = { Add-CwLogTag -ResourceArn $ArnA -Tag @{ a = 'b' } -WhatIf } }
        @{ Name = 'Remove-CwLogTag'; Run = { Get-CwLogGroup -LogGroupNamePrefix /aws/lambda/ | Remove-CwLogTag -TagKey a -WhatIf } }
        @{ Name = 'Remove-CwLogTag -Force'; Run = { Remove-CwLogTag -ResourceArn $ArnA -TagKey a -Force -WhatIf } }
        @{ Name = 'Register-CwLogKmsKey'; Run = { Register-CwLogKmsKey kt-other $KeyArn -WhatIf } }
        @{ Name = 'Unregister-CwLogKmsKey -Force'; Run = { 'kt-other' | Unregister-CwLogKmsKey -Force -WhatIf } }
    ) {
        $before = (Get-TagCallCount) + (Get-KmsCallCount)
        & $Run
        (Get-TagCallCount) + (Get-KmsCallCount) | Should -Be $before
    }

    It 'Remove-CwLogTag and Unregister-CwLogKmsKey are high-impact changes with -Force' {
        foreach ($name in 'Remove-CwLogTag', 'Unregister-CwLogKmsKey') {
            $command = Get-Command $name
            $command.ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0].ConfirmImpact | Should -Be 'High'
            $command.Parameters.Keys | Should -Contain 'Force'
        }
    }
}

Describe 'Views' {
    BeforeAll {
        Clear-KtTags
        Add-CwLogTag /aws/lambda/kt-a -Tag @{ team = 'ops'; env = 'prod'; long = 'z' * 200 }
        Add-CwLogTag -ResourceArn $ArnB -Tag @{ only = 'one' }
    }
    AfterAll { Clear-KtTags }

    It 'the table shows the resource, the count and k=v pairs, within 120 columns' {
        $text = @(Get-CwLogTag /aws/lambda/kt-a) + @(Get-CwLogTag -ResourceArn $ArnB) | Out-String -Width 120
        $lines = $text -split '\r?\n' | Where-Object { $_.Trim() }
        $lines[0] | Should -Match '^Resource\s+Count\s+Tags\s*$'
        $lines | ForEach-Object { $_.Length | Should -BeLessOrEqual 120 }
        $lines[2] | Should -Match '^/aws/lambda/kt-a\s+3 env=prod; long=zzz'
        $lines[3] | Should -Match '^arn:aws:logs:.*\s+1 only=one\s*$'
    }

    It 'the list view shows every property' {
        $text = Get-CwLogTag /aws/lambda/kt-a | Format-List | Out-String -Width 300
        $text | Should -Match 'LogGroupName\s*:\s*/aws/lambda/kt-a'
        $text | Should -Match 'Tags\s*:\s*env=prod'
        $text = Get-CwLogTag -ResourceArn $ArnB | Format-List | Out-String -Width 300
        $text | Should -Match 'ResourceArn\s*:\s*arn:aws:logs:'
        $text | Should -Match 'Tags\s*:\s*only=one'
    }
}
