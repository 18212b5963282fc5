using System.Collections.Concurrent;
using CwLogs.Client;

namespace CwLogs.Infrastructure.Calls;

/// <summary>
/// Waits for one service call on the pipeline thread while writing the retry notices that the
/// SDK's threads raise, as they happen: WriteVerbose may only be called on the pipeline thread.
/// </summary>
internal sealed class PipelineThreadCall
{
    // Not disposed: a notice may still arrive from an SDK thread after the waiting has ended.
    private readonly BlockingCollection<string> _notices = new();

    public PipelineThreadCall() => Observer = new CallObserver(Notify);

    public CallObserver Observer { get; }

    /// <summary>Writes each notice until the call ends, then returns its result (or throws its exception).</summary>
    public T Wait<T>(Task<T> call, Action<string> writeNotice)
    {
        call.ContinueWith(_ => _notices.CompleteAdding(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        foreach (var notice in _notices.GetConsumingEnumerable()) writeNotice(notice);
        return call.GetAwaiter().GetResult();
    }

    private void Notify(string notice)
    {
        try
        {
            _notices.Add(notice);
        }
        catch (InvalidOperationException)
        {
            // The call already ended; nobody is waiting for notices any more.
        }
    }
}
