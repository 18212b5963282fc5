using CwLogs.Client.Operations;
using CwLogs.Infrastructure.Steps;

namespace CwLogs.Infrastructure;

// The template steps a cmdlet configures instead of writing validate -> confirm -> try -> send -> page -> map ->
// write itself. Generated cmdlets use only these; hand-written ones use them for every call they can.
public abstract partial class CwLogsCmdlet
{
    /// <summary>
    /// The change step: the model's constraints, ShouldProcess (-Force honoured when the cmdlet has
    /// <see cref="IForceSwitch"/>), the call, then <paramref name="then"/> with its answer. A broken request or a
    /// service error is a non-terminating error for this item only. False when the item was skipped or failed.
    /// </summary>
    protected bool Change<TRequest, TResponse>(CwLogsOperation<TRequest, TResponse> operation, TRequest request,
        ItemAction item, Action<TResponse>? then = null)
        where TRequest : IModelShape<TRequest>
    {
        if (!IsValidRequest(request, item.Target)) return false;
        if (!ShouldChange(item.Target, item.Action, this is IForceSwitch { Force.IsPresent: true })) return false;
        return TryForItem(item.Target, item.Description, () =>
        {
            var response = Send(operation, request);
            then?.Invoke(response);
        });
    }

    /// <summary>
    /// The read step for one call: the model's constraints, the call, then <paramref name="write"/> with its answer
    /// (on the pipeline thread); errors stay with the item.
    /// </summary>
    protected bool Read<TRequest, TResponse>(CwLogsOperation<TRequest, TResponse> operation, TRequest request,
        ItemAction item, Action<TResponse> write)
        where TRequest : IModelShape<TRequest>
    {
        if (!IsValidRequest(request, item.Target)) return false;
        return TryForItem(item.Target, item.Description, () => write(Send(operation, request)));
    }

    /// <summary>
    /// The listing step: the model's constraints, then every page (each asked for only when the pipeline wants
    /// more), each item of a page mapped and written; an item mapped to null is left out. Errors stay with the item.
    /// </summary>
    protected bool List<TRequest, TResponse, TItem>(CwLogsOperation<TRequest, TResponse> operation, TRequest request,
        ItemAction item, Func<TResponse, IEnumerable<TItem>?> items, Func<TItem, object?> map)
        where TRequest : IPagedRequest, IModelShape<TRequest>
        where TResponse : IPagedResponse
    {
        if (!IsValidRequest(request, item.Target)) return false;
        return TryForItem(item.Target, item.Description, () =>
        {
            foreach (var page in SendPaged(operation, request))
            {
                // A page without the list member has no items; it is not an unknown value to report.
                foreach (var each in items(page) ?? Enumerable.Empty<TItem>())
                {
                    if (map(each) is { } output) WriteObject(output);
                }
            }
        });
    }
}
