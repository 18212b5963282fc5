using System.Diagnostics;
using CwLogs.Client;

namespace CwLogs.Infrastructure.Batching;

/// <summary>
/// Sends events from one background task, so a slow producer's events go out even while no new event arrives:
/// a batch as soon as it is full, and everything held once the oldest held event has waited the flush interval.
/// One send at a time, in the order the batches were cut. The adding thread never sends; it waits only while a full
/// batch is already waiting to go, which keeps memory to a few batches however fast the input comes.
/// Every event it was given is sent, or ends in <see cref="Shortfall"/> (never sent, or sent with the outcome unknown).
/// </summary>
public sealed class BufferedEventSender : IDisposable
{
    private const int MaxWaitingBatches = 1;
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(1);

    private readonly object _gate = new();
    private readonly EventBatcher _batcher = new();
    private readonly Queue<IReadOnlyList<InputLogEvent>> _waiting = new();
    private readonly Action<IReadOnlyList<InputLogEvent>, CancellationToken> _send;
    private readonly TimeSpan _flushInterval;
    private readonly CancellationTokenSource _abort = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Task _loop;
    private TimeSpan _heldSince;
    private bool _completing;
    private bool _stopping;
    private TimeSpan _stopDeadline;
    private bool _ended;
    private bool _halted;
    private IReadOnlyList<InputLogEvent>? _inFlight;
    private readonly List<InputLogEvent> _neverSent = new();
    private readonly List<InputLogEvent> _outcomeUnknown = new();

    /// <param name="flushInterval">How long the oldest held event may wait before what is held is sent.</param>
    /// <param name="send">
    /// Sends one batch; called on the background task only, one call at a time. It reports its own results and
    /// failures; an OperationCanceledException for the given token means the batch was not sent.
    /// </param>
    public BufferedEventSender(TimeSpan flushInterval, Action<IReadOnlyList<InputLogEvent>, CancellationToken> send)
    {
        if (flushInterval <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(flushInterval), "The flush interval must be longer than zero.");
        _flushInterval = flushInterval;
        _send = send ?? throw new ArgumentNullException(nameof(send));
        _abort.Token.Register(Wake);
        _loop = Task.Factory.StartNew(Run, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>
    /// Adds an event that <see cref="EventBatcher.Check"/> accepts. Waits while a full batch is already waiting to be
    /// sent; <paramref name="cancel"/> ends that wait with an OperationCanceledException.
    /// </summary>
    public void Add(InputLogEvent e, CancellationToken cancel)
    {
        lock (_gate)
        {
            WaitForRoom(cancel);
            if (_completing || _ended) throw new InvalidOperationException("The sender is no longer taking events.");
            if (!_batcher.TryAdd(e, out var completed, out var rejection)) throw new ArgumentException(rejection, nameof(e));
            foreach (var batch in completed) _waiting.Enqueue(batch);
            if (completed.Count > 0 || _batcher.Count == 1)
            {
                _heldSince = _clock.Elapsed;
                Monitor.PulseAll(_gate);
            }
        }
    }

    /// <summary>
    /// Sends everything still held and waits until every send is done. <paramref name="cancel"/> ends the wait
    /// (OperationCanceledException), not the sends; a failure of the sender itself is rethrown.
    /// </summary>
    public void Complete(CancellationToken cancel) => BeginComplete().WaitAsync(cancel).GetAwaiter().GetResult();

    /// <summary>Takes no more events, sends everything still held; the task ends when every send is done.</summary>
    public Task BeginComplete()
    {
        lock (_gate)
        {
            _completing = true;
            Monitor.PulseAll(_gate);
        }
        return _loop;
    }

    /// <summary>
    /// Sends nothing more: what is held or waiting is never sent (see <see cref="Shortfall"/>). The send in flight, if
    /// any, finishes. For the send callback to call when every further send would fail the same way.
    /// </summary>
    public void Halt()
    {
        lock (_gate)
        {
            _halted = true;
            _completing = true;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>What was not seen through so far; complete once the sender has ended (Complete, Stop, Halt).</summary>
    public SendShortfall Shortfall
    {
        get
        {
            lock (_gate) return new SendShortfall(_neverSent.Concat(Held()).ToList(), _outcomeUnknown.Concat(_inFlight ?? []).ToList());
        }
    }

    /// <summary>
    /// Sends what is held within <paramref name="bound"/> of the first call, cancelling whatever is still going then,
    /// and waits for that. Returns what was not seen through. Any thread may call it, more than once.
    /// </summary>
    public SendShortfall Stop(TimeSpan bound)
    {
        lock (_gate)
        {
            if (!_stopping)
            {
                _stopping = true;
                _completing = true;
                _stopDeadline = _clock.Elapsed + bound;
                _abort.CancelAfter(bound);
                Monitor.PulseAll(_gate);
            }
        }
        ((IAsyncResult)_loop).AsyncWaitHandle.WaitOne(Milliseconds(_stopDeadline + StopGrace - _clock.Elapsed));
        return Shortfall;
    }

    /// <summary>Abandons what is held and cancels the send in flight (call <see cref="Stop"/> first to send it).</summary>
    public void Dispose()
    {
        _abort.Cancel();
        if (((IAsyncResult)_loop).AsyncWaitHandle.WaitOne(StopGrace)) _abort.Dispose();
    }

    private void Run()
    {
        try
        {
            while (TakeNext() is { } batch)
            {
                try
                {
                    _send(batch, _abort.Token);
                }
                catch (OperationCanceledException) when (_abort.IsCancellationRequested)
                {
                    // Cancelled in flight: the request may have reached the service before it was cut.
                    lock (_gate) _outcomeUnknown.AddRange(batch);
                }
                finally
                {
                    lock (_gate) _inFlight = null;
                }
            }
        }
        finally
        {
            lock (_gate)
            {
                _ended = true;
                Monitor.PulseAll(_gate);
            }
        }
    }

    // The next batch to send, waiting until there is one; null when completing and nothing is left, or when aborted.
    private IReadOnlyList<InputLogEvent>? TakeNext()
    {
        lock (_gate)
        {
            while (true)
            {
                if (_abort.IsCancellationRequested || _halted)
                {
                    _neverSent.AddRange(Held());
                    _waiting.Clear();
                    _batcher.Flush();
                    return null;
                }
                if (_batcher.Count > 0 && (_completing || Age >= _flushInterval))
                {
                    foreach (var batch in _batcher.Flush()) _waiting.Enqueue(batch);
                }
                if (_waiting.TryDequeue(out var next))
                {
                    _inFlight = next;
                    Monitor.PulseAll(_gate); // room for an adder waiting on a full queue
                    return next;
                }
                if (_completing) return null;
                Monitor.Wait(_gate, _batcher.Count > 0 ? Milliseconds(_flushInterval - Age) : Timeout.Infinite);
            }
        }
    }

    private void WaitForRoom(CancellationToken cancel)
    {
        if (_waiting.Count < MaxWaitingBatches) return;
        using var wake = cancel.Register(Wake);
        while (_waiting.Count >= MaxWaitingBatches && !_ended)
        {
            cancel.ThrowIfCancellationRequested();
            Monitor.Wait(_gate);
        }
        cancel.ThrowIfCancellationRequested();
    }

    private TimeSpan Age => _clock.Elapsed - _heldSince;

    private IEnumerable<InputLogEvent> Held() => _waiting.SelectMany(b => b).Concat(_batcher.Peek());

    private void Wake()
    {
        lock (_gate) Monitor.PulseAll(_gate);
    }

    private static int Milliseconds(TimeSpan wait) => (int)Math.Clamp(Math.Ceiling(wait.TotalMilliseconds), 1, int.MaxValue);
}
