using Amazon.Runtime;
using Amazon.Runtime.Internal;
using CwLogs.Client.Protocol;

namespace CwLogs.Client;

/// <summary>
/// Sits just inside the SDK's RetryHandler, so it sees every attempt, and reports each one to the
/// call's <see cref="CallObserver"/> (the SDK offers no per-retry event of its own).
/// </summary>
internal sealed class AttemptObserverHandler : PipelineHandler
{
    public override async Task<T> InvokeAsync<T>(IExecutionContext executionContext)
    {
        var observer = Starting(executionContext);
        try
        {
            return await base.InvokeAsync<T>(executionContext).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            observer?.AttemptFailed(error);
            throw;
        }
    }

    public override void InvokeSync(IExecutionContext executionContext)
    {
        var observer = Starting(executionContext);
        try
        {
            base.InvokeSync(executionContext);
        }
        catch (Exception error)
        {
            observer?.AttemptFailed(error);
            throw;
        }
    }

    private static CallObserver? Starting(IExecutionContext executionContext)
    {
        var context = executionContext.RequestContext;
        if (context.OriginalRequest is not IOperationRequest { Observer: { } observer } request) return null;
        var config = context.ClientConfig;
        observer.AttemptStarting(request.OperationName, context.Retries + 1, context.Request?.Endpoint,
            lastError => ReadThrottlingRetryPolicy.MaxAttempts(request.OperationName, lastError, config), config.Timeout);
        return observer;
    }
}
