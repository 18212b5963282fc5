namespace CwLogs.Emulator.Protocol;

/// <summary>What a handler gets: the parsed body plus the caller's account and region and the clock.</summary>
/// <param name="Region">From the SigV4 credential scope: which data the call sees, and its ARNs.</param>
/// <param name="AccountId">From the access key (<see cref="Accounts"/>): which data the call sees, and its ARNs.</param>
/// <param name="NowMillis">Epoch milliseconds, taken once per request so a call sees one "now".</param>
internal sealed record OperationRequest(RequestBody Body, string Region, string AccountId, long NowMillis)
{
    /// <summary>Set by <see cref="EmulatorFaults.EmptyPageNext"/>: a paged read answers with no events this time.</summary>
    public bool EmptyPage { get; init; }
}
