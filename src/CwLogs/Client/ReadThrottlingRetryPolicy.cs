using Amazon.Runtime;
using Amazon.Runtime.Internal;
using CwLogs.Client.Protocol;

namespace CwLogs.Client;

/// <summary>
/// The SDK's standard retry policy, except that a throttled read (Describe*, Get*, List*, Filter*) is retried
/// up to <see cref="CwLogsClientConfig.ReadThrottlingRetries"/> times instead of MaxErrorRetry: a long paged
/// read at a steady rate of throttling would otherwise stop part-way (three throttled attempts of any one page
/// end it). Reads change nothing, so retrying them is always safe. The SDK's back-off (exponential, full jitter,
/// at most 20 s) and its cancellation (Ctrl+C ends the wait at once) apply unchanged. Other failures keep the
/// MaxErrorRetry budget, and a response that cannot be read is never retried: the same bytes would come back.
/// </summary>
internal sealed class ReadThrottlingRetryPolicy : StandardRetryPolicy
{
    private readonly int _readThrottlingRetries;

    public ReadThrottlingRetryPolicy(CwLogsClientConfig config) : base(config)
        => _readThrottlingRetries = Math.Max(config.ReadThrottlingRetries, config.MaxErrorRetry);

    /// <summary>The SDK asks this before it knows the error, so the larger budget is the limit here and the error decides below.</summary>
    public override bool RetryLimitReached(IExecutionContext executionContext)
        => executionContext.RequestContext.Retries >= (IsRead(executionContext) ? _readThrottlingRetries : MaxRetries);

    public override bool RetryForException(IExecutionContext executionContext, Exception exception)
        => Decide(executionContext, exception) ?? base.RetryForException(executionContext, exception);

    public override Task<bool> RetryForExceptionAsync(IExecutionContext executionContext, Exception exception)
        => Decide(executionContext, exception) is { } decided ? Task.FromResult(decided) : base.RetryForExceptionAsync(executionContext, exception);

    /// <summary>
    /// A throttled read does not draw on the SDK's retry quota, which is shared per endpoint by the whole process and
    /// guards against retrying into an endpoint that is down: throttling says the endpoint is up and wants us slower,
    /// which the back-off does. Drawing on it, one long throttled read emptied the quota and every later throttled
    /// call in the session failed at its first answer.
    /// </summary>
    public override bool OnRetry(IExecutionContext executionContext, bool bypassAcquireCapacity, bool isThrottlingError)
        => base.OnRetry(executionContext, bypassAcquireCapacity || (isThrottlingError && IsRead(executionContext)), isThrottlingError);

    /// <summary>How many attempts a call may make after <paramref name="lastError"/>, for the -Verbose retry lines.</summary>
    public static int MaxAttempts(string operation, Exception? lastError, IClientConfig config)
        => 1 + (IsRead(operation) && IsThrottling(lastError) && config is CwLogsClientConfig cwLogs
            ? Math.Max(cwLogs.ReadThrottlingRetries, config.MaxErrorRetry)
            : config.MaxErrorRetry);

    /// <summary>The service asked us to slow down (not a quota: LimitExceeded is not retried for longer).</summary>
    public static bool IsThrottling(Exception? exception) => exception is AmazonServiceException service
        && (service.ErrorCode is "ThrottlingException" or "Throttling" or "TooManyRequestsException" or "RequestLimitExceeded"
            or "RequestThrottled" or "RequestThrottledException" or "SlowDown"
            || (int)service.StatusCode == 429);

    /// <summary>True, false, or null to let the SDK decide.</summary>
    private bool? Decide(IExecutionContext executionContext, Exception exception)
    {
        if (ResponseUnreadableException.IsUnreadable(exception)) return false;
        if (executionContext.RequestContext.Retries < MaxRetries) return null;
        // Past the ordinary budget only a throttled read goes on (RetryLimitReached let it this far).
        return IsThrottling(exception) ? true : false;
    }

    private static bool IsRead(IExecutionContext executionContext)
        => executionContext.RequestContext.OriginalRequest is IOperationRequest request && IsRead(request.OperationName);

    private static bool IsRead(string operation)
        => operation.StartsWith("Describe", StringComparison.Ordinal) || operation.StartsWith("Get", StringComparison.Ordinal)
           || operation.StartsWith("List", StringComparison.Ordinal) || operation.StartsWith("Filter", StringComparison.Ordinal);
}
