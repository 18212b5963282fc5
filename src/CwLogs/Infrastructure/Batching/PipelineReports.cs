using System.Collections.Concurrent;

namespace CwLogs.Infrastructure.Batching;

/// <summary>
/// What background sends have to say (results, warnings, errors, -Verbose and -Debug lines), queued for the pipeline
/// thread: a cmdlet may write only there. The pipeline thread runs them at the next item, and while it waits at the end.
/// </summary>
internal sealed class PipelineReports
{
    private readonly ConcurrentQueue<Action> _queue = new();

    // Not disposed: a background send may still queue a report after the command is done.
    private readonly AutoResetEvent _queued = new(false);

    /// <summary>Queues a report; any thread.</summary>
    public void Enqueue(Action report)
    {
        _queue.Enqueue(report);
        _queued.Set();
    }

    /// <summary>Runs every queued report, oldest first; the pipeline thread only.</summary>
    public void Run()
    {
        while (_queue.TryDequeue(out var report)) report();
    }

    /// <summary>Runs reports as they come until <paramref name="done"/> ends, then the rest; the pipeline thread only.</summary>
    public void RunUntil(Task done, CancellationToken cancel)
    {
        var wake = new[] { ((IAsyncResult)done).AsyncWaitHandle, _queued, cancel.WaitHandle };
        while (!done.IsCompleted)
        {
            Run();
            WaitHandle.WaitAny(wake);
            cancel.ThrowIfCancellationRequested();
        }
        Run();
    }
}
