# CwLogs loads its cmdlets and their dependencies (AWSSDK.Core 4 and friends) into a private
# AssemblyLoadContext, so it can live beside AWS.Tools (AWSSDK.Core 3.x) in one session.
# Only CwLogs.LoadContext.dll enters the default context.
$loadContextType = 'CwLogs.LoadContext.ModuleLoadContext' -as [type]
if (-not $loadContextType) {
    $null = [System.Reflection.Assembly]::LoadFrom([System.IO.Path]::Combine($PSScriptRoot, 'CwLogs.LoadContext.dll'))
    $loadContextType = 'CwLogs.LoadContext.ModuleLoadContext' -as [type]
}
$moduleAssembly = $loadContextType::Initialize([System.IO.Path]::Combine($PSScriptRoot, 'bin', 'CwLogs.dll'))

$importModule = Get-Command -Name Import-Module -Module Microsoft.PowerShell.Core
$innerModule = & $importModule -Assembly $moduleAssembly -PassThru -Force

# Import-Module -Assembly can hand back a cached module on a forced re-import without adding its
# cmdlets to this module's scope (PowerShell/PowerShell#20710), so add them explicitly.
$addExportedCmdlet = [System.Management.Automation.PSModuleInfo].GetMethod(
    'AddExportedCmdlet', [System.Reflection.BindingFlags]'Instance, NonPublic')
foreach ($command in $innerModule.ExportedCmdlets.Values) {
    $addExportedCmdlet.Invoke($ExecutionContext.SessionState.Module, @($command))
}

# Output times are DateTimeOffset. PowerShell cannot turn one into a DateTime, so `(Get-Date) -lt $event.Timestamp`
# (a DateTime on the left) would fail; this converter adds only that conversion. Registered here, not through
# TypesToProcess, because the converter's type exists only once CwLogs.dll is loaded above.
# A host without Microsoft.PowerShell.Utility (a minimal hosted engine) goes without it.
if (Get-Command -Name Update-TypeData -ErrorAction Ignore) {
    Update-TypeData -TypeName System.DateTimeOffset -TypeConverter $moduleAssembly.GetType('CwLogs.Infrastructure.Time.DateTimeOffsetToDateTimeConverter', $true) -Force
    # Output times print to the millisecond in Export-Csv and tables (Infrastructure/Time/OutputTimeText.cs).
    Update-TypeData -TypeData $moduleAssembly.GetType('CwLogs.Infrastructure.Time.OutputTimeText', $true)::TypeData() -Force
}

# Last: a head start on the first call's one-time work, in the background (see Infrastructure/Startup/ModuleWarmUp.cs).
$moduleAssembly.GetType('CwLogs.Infrastructure.Startup.ModuleWarmUp', $true)::Start()
