using CwLogs.Client.Operations;

namespace CwLogs.Infrastructure.Paging;

/// <summary>
/// Streams pages one at a time. Stops on an empty token and on a repeated one (GetLogEvents hands back
/// the token it was given at the end of a stream; following it would loop forever).
/// </summary>
public static class Paginator
{
    /// <summary>
    /// Pages for large reads (log events), each requested while the one before it drains. From the second page on, the request for page N+1 is sent before page N is handed over, so the
    /// network and the service work while the pipeline drains page N. At most one page is ahead, and
    /// it is abandoned (cancelled) as soon as the consumer stops. The first page is not read ahead:
    /// a pipeline that wants only a few events (Select-Object -First 10) still sends exactly one call.
    /// The request object is reused, so nothing else may change it while a page is ahead.
    /// </summary>
    /// <param name="start">Sends a call for the request as it is now.</param>
    /// <param name="finish">Waits for a call and returns its page (or throws its failure).</param>
    /// <param name="abandon">Cancels a call nobody will wait for.</param>
    public static IEnumerable<TResponse> PagesAhead<TRequest, TResponse, TCall>(
        TRequest request, Func<TRequest, TCall> start, Func<TCall, TResponse> finish, Action<TCall> abandon,
        Func<TResponse, string?> nextToken)
        where TRequest : IPagedRequest
        where TCall : class
    {
        const int PagesBeforeReadingAhead = 2;
        TCall? ahead = null;
        try
        {
            for (var served = 1; ; served++)
            {
                var sent = request.NextToken;
                var call = ahead ?? start(request);
                ahead = null;
                var page = finish(call);
                var next = nextToken(page);
                var last = string.IsNullOrEmpty(next) || next == sent;
                if (!last)
                {
                    request.NextToken = next;
                    if (served >= PagesBeforeReadingAhead) ahead = start(request);
                }
                yield return page;
                if (last) yield break;
            }
        }
        finally
        {
            if (ahead is not null) abandon(ahead);
        }
    }

    /// <summary>
    /// Pages sent only when the consumer asks for the next one, so a stopped pipeline (Select-Object -First)
    /// sends nothing more and memory stays flat.
    /// </summary>
    public static IEnumerable<TResponse> Pages<TRequest, TResponse>(
        TRequest request, Func<TRequest, TResponse> send, Func<TResponse, string?> nextToken)
        where TRequest : IPagedRequest
    {
        while (true)
        {
            var sent = request.NextToken;
            var page = send(request);
            yield return page;
            var next = nextToken(page);
            if (string.IsNullOrEmpty(next) || next == sent) yield break;
            request.NextToken = next;
        }
    }
}
