# Dot-sourced by every measured script: prints the one line per run that the runner parses.
function Write-Measurement([long] $Count, [double] $Ms) {
    # Peak resident set of this pwsh process (VmHWM), taken after the timed pipeline.
    $kb = [long]([regex]::Match([IO.File]::ReadAllText('/proc/self/status'), 'VmHWM:\s+(\d+)').Groups[1].Value)
    [Console]::Out.WriteLine((ConvertTo-Json -Compress ([ordered]@{ count = $Count; ms = $Ms; peakRssBytes = $kb * 1024 })))
}
