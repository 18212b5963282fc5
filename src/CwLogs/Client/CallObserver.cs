using Amazon.Runtime;

namespace CwLogs.Client;

/// <summary>
/// Watches one call through the SDK pipeline: each attempt (the SDK's retries included), the
/// endpoint it went to and why the previous attempt failed. The SDK calls it from its own threads,
/// one attempt after another; read the properties once the call has finished.
/// </summary>
public sealed class CallObserver
{
    private readonly Action<string>? _onRetry;

    /// <param name="onRetry">Told, on an SDK thread, before each retry: which attempt and why.</param>
    public CallObserver(Action<string>? onRetry = null) => _onRetry = onRetry;

    public int Attempts { get; private set; }

    /// <summary>The endpoint the last attempt was sent to.</summary>
    public Uri? Endpoint { get; private set; }

    /// <summary>The request id of a successful answer (a service error carries its own).</summary>
    public string? RequestId { get; internal set; }

    private Exception? LastError { get; set; }

    /// <param name="attempt">The SDK's own count (its retries + 1), so each attempt is reported once.</param>
    /// <param name="maxAttempts">The attempts the call may make, given the error that ended the previous one.</param>
    internal void AttemptStarting(string operation, int attempt, Uri? endpoint, Func<Exception?, int> maxAttempts, TimeSpan? timeout)
    {
        Endpoint = endpoint ?? Endpoint;
        if (attempt <= Attempts) return;
        Attempts = attempt;
        MaxAttempts = Math.Max(attempt, maxAttempts(LastError));
        if (attempt > 1) _onRetry?.Invoke($"{operation}: retry, attempt {attempt} of {MaxAttempts}, after {Describe(LastError, timeout)}.");
    }

    /// <summary>The attempts the call could make, as the last retry saw it (1 before any retry).</summary>
    public int MaxAttempts { get; private set; } = 1;

    internal void AttemptFailed(Exception error) => LastError = error;

    private static string Describe(Exception? error, TimeSpan? timeout) => error switch
    {
        null => "an unknown failure",
        AmazonServiceException service => $"{service.ErrorCode} ({(int)service.StatusCode}): {Sentence(service.Message)}",
        TimeoutException or TaskCanceledException => timeout is { } t ? $"no answer within {t.TotalSeconds:0.##} s" : "no answer in time",
        _ => $"{error.GetType().Name}: {Sentence(error.Message)}",
    };

    /// <summary>The message without its closing period: the notice adds its own.</summary>
    private static string Sentence(string? message) => (message ?? "").Trim().TrimEnd('.');
}
