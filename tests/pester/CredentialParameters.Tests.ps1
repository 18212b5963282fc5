# -AccessKey/-SecretKey (-SessionToken), -ProfileName (-ProfileLocation) and -Credential are alternatives: what is typed
# on the command line wins over $PSDefaultParameterValues, and two typed alternatives are one clear error before any call.

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    Reset-Emulator
    New-CwLogGroup -LogGroupName cred-params

    $script:ProfileFile = Join-Path ([IO.Path]::GetTempPath()) "cwlogs-credential-parameters-$PID.ini"
    Set-Content -LiteralPath $ProfileFile -Value "[typed]`naws_access_key_id = AKIDTYPEDPROFILE0001`naws_secret_access_key = typed-profile-secret`n"

    function Get-CredentialsLine([scriptblock] $Command) {
        $VerbosePreference = 'Continue'
        @(& $Command 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -like 'Credentials:*' })[0].Message
    }
}

AfterAll {
    Remove-Item -LiteralPath $ProfileFile -ErrorAction Ignore
}

Describe 'Typed credentials win over $PSDefaultParameterValues (which holds keys)' {
    It 'a typed -ProfileName uses the profile, not the default keys' {
        Get-CredentialsLine { Get-CwLogGroup cred-params -ProfileName typed -ProfileLocation $ProfileFile } |
            Should -BeLike "Credentials: profile 'typed' (the -ProfileName parameter)*"
    }

    It 'a typed -Credential uses that credential' {
        $credential = [pscredential]::new('AKIDTYPEDCREDENTIAL1', (ConvertTo-SecureString 'typed-credential-secret' -AsPlainText -Force))
        Get-CredentialsLine { Get-CwLogGroup cred-params -Credential $credential } |
            Should -BeLike 'Credentials: the -Credential parameter (PSCredential, access key AKID************IAL1)*'
    }

    It 'typed keys still win over nothing else' {
        Get-CredentialsLine { Get-CwLogGroup cred-params -AccessKey AKIDTYPEDKEYS0000001 -SecretKey typed-secret } |
            Should -BeLike 'Credentials: the -AccessKey/-SecretKey parameters (access key AKID************0001)*'
    }
}

Describe 'Two alternatives on one command line' {
    It 'stop with CredentialParameterConflict before any call, naming both' {
        $before = @(Get-EmulatorJournal).Count
        $failure = { Get-CwLogGroup cred-params -AccessKey AKIDTYPEDKEYS0000001 -SecretKey typed-secret -ProfileName typed -ProfileLocation $ProfileFile } |
            Should -Throw -PassThru
        $failure.FullyQualifiedErrorId | Should -BeLike 'CredentialParameterConflict,*'
        $failure.CategoryInfo.Category | Should -Be 'InvalidArgument'
        $failure.Exception.Message | Should -Match '-AccessKey/-SecretKey' 
        $failure.Exception.Message | Should -Match '-ProfileName'
        $failure.Exception.Message | Should -Not -Match 'typed-secret'
        @(Get-EmulatorJournal).Count | Should -Be $before
    }

    It 'two alternatives both in $PSDefaultParameterValues are the same error, naming it' {
        $PSDefaultParameterValues['Get-CwLogGroup:ProfileName'] = 'typed'
        try {
            $failure = { Get-CwLogGroup cred-params } | Should -Throw -PassThru
            $failure.FullyQualifiedErrorId | Should -BeLike 'CredentialParameterConflict,*'
            $failure.Exception.Message | Should -Match 'PSDefaultParameterValues'
        }
        finally {
            $PSDefaultParameterValues.Remove('Get-CwLogGroup:ProfileName')
        }
    }
}
