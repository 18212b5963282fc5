namespace CwLogs.Client.Operations;

/// <summary>
/// A response with a next-page token. Which member holds it comes from the model's paginator
/// (nextToken for most operations, nextForwardToken for GetLogEvents); the generated classes map it.
/// </summary>
public interface IPagedResponse
{
    string? NextPageToken { get; }
}
