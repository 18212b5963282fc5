using System;
using System.Collections.Generic;

namespace CwLogs.Emulator;

/// <summary>
/// Per-test fault injection. Armed faults are consumed in the order they were armed,
/// one per matching call, so "throttle 2 then succeed" is exactly reproducible.
/// </summary>
public sealed class EmulatorFaults
{
    private readonly object _gate = new();
    private readonly List<ArmedFault> _armed = new();
    private TimeSpan _latency;
    private int _queryConcurrencyLimit = DefaultQueryConcurrencyLimit;
    private TimeSpan _queryDuration;
    private TimeSpan _exportTaskDuration;

    /// <summary>The service's default quota of concurrent Logs Insights queries per account.</summary>
    public const int DefaultQueryConcurrencyLimit = 30;
    private bool _denyAssumeRole;
    private FaultRates _rates;
    private string? _ratesOperation;
    private Random? _random;

    /// <summary>Answer the next <paramref name="count"/> matching calls with 400 ThrottlingException "Rate exceeded".</summary>
    public void ThrottleNext(int count, string? operation = null) => Arm(FaultKind.Throttle, count, operation);

    /// <summary>Answer the next <paramref name="count"/> matching calls with 500 ServiceUnavailableException.</summary>
    public void FailNext(int count, string? operation = null) => Arm(FaultKind.Fail, count, operation);

    /// <summary>Abort the TCP connection of the next <paramref name="count"/> matching calls without answering.</summary>
    public void DropNext(int count, string? operation = null) => Arm(FaultKind.Drop, count, operation);

    /// <summary>
    /// Carry out the next <paramref name="count"/> matching calls (a write lands), then abort the TCP connection before
    /// the answer: the client cannot tell this from <see cref="DropNext"/>, and a retry writes again.
    /// </summary>
    public void LostResponseNext(int count, string? operation = null) => Arm(FaultKind.LostResponse, count, operation);

    /// <summary>
    /// From now on, each matching call that no armed fault takes draws one fault at the given rates, from a random
    /// sequence fixed by <paramref name="seed"/> (the same seed and calls give the same faults). Replaces earlier rates.
    /// </summary>
    public void SetRates(FaultRates rates, int seed, string? operation = null)
    {
        rates.Check();
        lock (_gate)
        {
            _rates = rates;
            _ratesOperation = operation;
            _random = new Random(seed);
        }
    }

    /// <summary>Answer the next <paramref name="count"/> matching calls with 400 ExpiredTokenException, as AWS does for expired session credentials.</summary>
    public void ExpireTokenNext(int count, string? operation = null) => Arm(FaultKind.ExpiredToken, count, operation);

    /// <summary>While set, STS AssumeRole answers 403 AccessDenied (the caller may not assume the role).</summary>
    public bool DenyAssumeRole
    {
        get { lock (_gate) return _denyAssumeRole; }
        set { lock (_gate) _denyAssumeRole = value; }
    }

    /// <summary>
    /// Answer <paramref name="count"/> GetLogEvents calls, after <paramref name="after"/> answered normally, with a page
    /// of no events whose tokens are new yet lead on from the same place: AWS may return such pages before the end.
    /// </summary>
    public void EmptyPageNext(int count, int after = 0)
    {
        if (after < 0) throw new ArgumentOutOfRangeException(nameof(after), "After cannot be negative.");
        Arm(FaultKind.EmptyPage, count, "GetLogEvents", after);
    }

    /// <summary>Delay before answering every call; a cancelled request stops waiting.</summary>
    public TimeSpan Latency
    {
        get { lock (_gate) return _latency; }
        set
        {
            if (value < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(value), "Latency cannot be negative.");
            lock (_gate) _latency = value;
        }
    }

    /// <summary>How many queries may be Scheduled or Running at once; StartQuery beyond it is LimitExceededException.</summary>
    public int QueryConcurrencyLimit
    {
        get { lock (_gate) return _queryConcurrencyLimit; }
        set
        {
            if (value < 0) throw new ArgumentOutOfRangeException(nameof(value), "The query limit cannot be negative.");
            lock (_gate) _queryConcurrencyLimit = value;
        }
    }

    /// <summary>How long a new query takes from StartQuery to Complete: Scheduled for the first half, Running for the second.</summary>
    public TimeSpan QueryDuration
    {
        get { lock (_gate) return _queryDuration; }
        set
        {
            if (value < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(value), "The query duration cannot be negative.");
            lock (_gate) _queryDuration = value;
        }
    }

    /// <summary>How long a new export task takes from CreateExportTask to COMPLETED: PENDING for the first half, RUNNING for the second.</summary>
    public TimeSpan ExportTaskDuration
    {
        get { lock (_gate) return _exportTaskDuration; }
        set
        {
            if (value < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(value), "The export task duration cannot be negative.");
            lock (_gate) _exportTaskDuration = value;
        }
    }

    /// <summary>Disarms every fault and puts latency, the query limit and the durations back to their defaults.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _armed.Clear();
            _latency = TimeSpan.Zero;
            _queryConcurrencyLimit = DefaultQueryConcurrencyLimit;
            _queryDuration = TimeSpan.Zero;
            _exportTaskDuration = TimeSpan.Zero;
            _denyAssumeRole = false;
            _rates = default;
            _ratesOperation = null;
            _random = null;
        }
    }

    /// <summary>Consumes one armed fault for this call, or returns null to answer normally.</summary>
    internal FaultKind? Take(string operation)
    {
        lock (_gate)
        {
            for (int i = 0; i < _armed.Count; i++)
            {
                ArmedFault fault = _armed[i];
                if (fault.Operation is not null && !string.Equals(fault.Operation, operation, StringComparison.Ordinal))
                    continue;
                if (fault.Skip > 0)
                {
                    fault.Skip--;
                    return null;
                }
                fault.Remaining--;
                if (fault.Remaining == 0) _armed.RemoveAt(i);
                return fault.Kind;
            }
            return Draw(operation);
        }
    }

    // One draw per call, whichever fault it gives, so a seed fixes the whole sequence.
    private FaultKind? Draw(string operation)
    {
        if (_random is null) return null;
        if (_ratesOperation is not null && !string.Equals(_ratesOperation, operation, StringComparison.Ordinal)) return null;
        double draw = _random.NextDouble();
        foreach ((FaultKind kind, double rate) in _rates.Kinds())
        {
            if (draw < rate) return kind;
            draw -= rate;
        }
        return null;
    }

    private void Arm(FaultKind kind, int count, string? operation, int skip = 0)
    {
        if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), "Count cannot be negative.");
        if (count == 0) return;
        lock (_gate) _armed.Add(new ArmedFault(kind, operation) { Remaining = count, Skip = skip });
    }

    private sealed class ArmedFault
    {
        public ArmedFault(FaultKind kind, string? operation)
        {
            Kind = kind;
            Operation = operation;
        }

        public FaultKind Kind { get; }
        public string? Operation { get; }
        public int Remaining { get; set; }

        /// <summary>Matching calls still to answer normally before this fault applies.</summary>
        public int Skip { get; set; }
    }
}

/// <summary>The share of calls (0 to 1 each, at most 1 in all) that get each fault.</summary>
public readonly record struct FaultRates(double Throttle = 0, double Fail = 0, double Drop = 0, double LostResponse = 0)
{
    internal IEnumerable<(FaultKind Kind, double Rate)> Kinds()
    {
        yield return (FaultKind.Throttle, Throttle);
        yield return (FaultKind.Fail, Fail);
        yield return (FaultKind.Drop, Drop);
        yield return (FaultKind.LostResponse, LostResponse);
    }

    internal void Check()
    {
        double total = 0;
        foreach ((FaultKind kind, double rate) in Kinds())
        {
            if (!(rate >= 0 && rate <= 1)) throw new ArgumentOutOfRangeException(kind.ToString(), $"The {kind} rate must be between 0 and 1; it was {rate}.");
            total += rate;
        }
        if (total > 1) throw new ArgumentOutOfRangeException(nameof(FaultRates), $"The fault rates add up to {total}; together they may be at most 1.");
    }
}

internal enum FaultKind
{
    /// <summary>Carried out, then the connection is aborted before the answer.</summary>
    LostResponse,
    Throttle,
    Fail,
    Drop,
    ExpiredToken,
    EmptyPage,
}
