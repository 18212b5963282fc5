using CwLogs.Client.Operations;

namespace CwLogs.Infrastructure.Paging;

/// <summary>
/// Streams pages one at a time: the next request is sent only when the consumer asks for the next
/// page, so a stopped pipeline (Select-Object -First) sends nothing more and memory stays flat.
/// Stops on an empty token and on a repeated one (GetLogEvents hands back the token it was given
/// at the end of a stream; following it would loop forever).
/// </summary>
public static class Paginator
{
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
