namespace CwLogs.Emulator.Store;

/// <summary>Where an asynchronous job (an Insights query, an export task) is, read from the clock rather than a background thread.</summary>
internal enum Phase
{
    Waiting,
    Running,
    Finished,
}

internal static class Progression
{
    /// <summary>Waiting for the first half of <paramref name="durationMillis"/>, Running for the second, then Finished.</summary>
    public static Phase At(long startedMillis, long durationMillis, long nowMillis)
    {
        long elapsed = nowMillis - startedMillis;
        if (elapsed >= durationMillis) return Phase.Finished;
        return elapsed * 2 < durationMillis ? Phase.Waiting : Phase.Running;
    }
}
