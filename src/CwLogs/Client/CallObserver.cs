using System.Net.Http;
using System.Net.Sockets;
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

    /// <summary>
    /// Attempts that failed without an answer after the request may have reached the service (a connection cut or a
    /// timeout once sent): the service may have carried them out, so a retry can repeat a write.
    /// </summary>
    public int AnswersLost { get; private set; }

    private Exception? LastError { get; set; }

    private bool _failedSinceStart;

    /// <param name="attempt">The SDK's own count (its retries + 1), so each attempt is reported once.</param>
    /// <param name="maxAttempts">The attempts the call may make, given the error that ended the previous one.</param>
    internal void AttemptStarting(string operation, int attempt, Uri? endpoint, Func<Exception?, int> maxAttempts, TimeSpan? timeout)
    {
        Endpoint = endpoint ?? Endpoint;
        // The SDK sends again after a connection that broke mid-call without counting a retry: still a new attempt.
        var failedBefore = _failedSinceStart;
        _failedSinceStart = false;
        if (attempt <= Attempts && !failedBefore) return;
        Attempts = Math.Max(attempt, Attempts + 1);
        MaxAttempts = Math.Max(Attempts, maxAttempts(LastError));
        if (Attempts > 1) _onRetry?.Invoke($"{operation}: retry, attempt {Attempts} of {MaxAttempts}, after {Describe(LastError, timeout)}.");
    }

    /// <summary>The attempts the call could make, as the last retry saw it (1 before any retry).</summary>
    public int MaxAttempts { get; private set; } = 1;

    /// <summary>Counts a lost answer of an earlier call of the same request (sent again after creating what was missing).</summary>
    public void AnswerLostEarlier() => AnswersLost++;

    internal void AttemptFailed(Exception error)
    {
        LastError = error;
        _failedSinceStart = true;
        if (MayHaveBeenCarriedOut(error)) AnswersLost++;
    }

    // An answer (even an error) says what the service did; a connection that never opened carried nothing.
    // Anything else, a reset or a timeout after the request went out, leaves it unknown.
    private static bool MayHaveBeenCarriedOut(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is AmazonServiceException { StatusCode: > 0 }) return false;
            if (e is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError }) return false;
            if (e is SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.HostUnreachable or SocketError.NetworkUnreachable }) return false;
        }
        return true;
    }

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
