using System.Diagnostics;
using CwLogs.Client;

namespace CwLogs.Infrastructure.Calls;

/// <summary>
/// One service call that has been sent and not yet waited for. The call may run ahead of the pipeline
/// (the next page while the current one drains); its retry notices wait for the pipeline thread, and
/// its duration stops when the answer arrives, not when somebody gets round to reading it.
/// </summary>
internal sealed class PendingCall<TResponse> : IDisposable
{
    private readonly CancellationTokenSource _cancel;
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public PendingCall(string label, CancellationToken stop, Func<CallObserver, CancellationToken, Task<TResponse>> send)
    {
        Label = label;
        _cancel = CancellationTokenSource.CreateLinkedTokenSource(stop);
        Task = send(Call.Observer, _cancel.Token);
        Task.ContinueWith(_ => _clock.Stop(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>Names the call in -Debug, e.g. "GetLogEvents page 3".</summary>
    public string Label { get; }

    public PipelineThreadCall Call { get; } = new();

    public Task<TResponse> Task { get; }

    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>
    /// Nobody will wait for this call any more: cancel it, observe its failure quietly, and release the
    /// cancellation source once the call has let go of it.
    /// </summary>
    public void Abandon()
    {
        _cancel.Cancel();
        Task.ContinueWith(t => { _ = t.Exception; _cancel.Dispose(); }, CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    public void Dispose() => _cancel.Dispose();
}
