using CwLogs.Benchmarks.Infrastructure;

namespace CwLogs.Benchmarks.Report;

/// <summary>How each figure is measured, printed under the tables so the numbers can be read right.</summary>
public static class Notes
{
    public static void Add(Results results, SizeProfile s) => results.Notes.AddRange(
    [
        "Every client runs in its own process with dummy static credentials and an explicit endpoint; the runner only orchestrates.",
        "CwLogs: a fresh `pwsh -NoProfile -NonInteractive` per run imports out/CwLogs, warms up with a one-event call, then times the pipeline alone (Stopwatch in pwsh), e.g. `Get-CwLogEvent ... | Measure-Object`.",
        $"AWS CLI v2 (/usr/bin/aws): its rate is events over the total wall time of its processes, start-up included. get-log-events has no paginator in the CLI, so one process per page (at most {s.CliReadPages}); filter-log-events paginates itself (--max-items {s.CliSearchMaxItems:N0}); put-log-events sends {s.CliWriteBatches} batch(es) of {SizeProfile.BatchSize:N0} from files written beforehand.",
        "Floor: a minimal C# client (tests/CwLogs.Benchmarks/Floor) with HttpClient and System.Text.Json only, SigV4-signed, counting events with Utf8JsonReader (messages are not decoded) and building PutLogEvents bodies with Utf8JsonWriter; it warms up with a one-event call like CwLogs.",
        $"Read: `Get-CwLogEvent -LogGroupName bench -LogStreamName {s.ReadStream} | Measure-Object`; search: `Find-CwLogEvent -LogGroupName {s.SearchGroup}` (every stream), and with `-FilterPattern ERROR`, which matches 10% of the events.",
        $"Write: {s.WriteCount:N0} messages of about 70 bytes, built before the clock starts; after each run the emulator's counters must show exactly the events sent (the floor and CwLogs send batches of up to {SizeProfile.BatchSize:N0}).",
        "Import: wall time of `pwsh -NoProfile -NonInteractive -Command exit` with and without `Import-Module` first, in pairs whose order alternates; the figure is the median of the paired differences.",
        "Stop: `[powershell]::Create()` runs `Get-CwLogEvent | Out-Null` over events-1000000 named 20 times (so the read outlasts the wait) with the module imported; after 1 s Stop() is timed until it returns; in the second variant every call waits 3 s in the emulator, so Stop() lands while a call is in flight.",
        "Peak RSS is the pwsh process's VmHWM after the read.",
        "Figures are medians of the runs stated above; the machine's other load shows in them, so compare ratios taken in one run.",
    ]);
}
