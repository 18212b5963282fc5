namespace CwLogs.Client.Operations;

/// <summary>A request paged by an opaque nextToken; the generated request of every operation with a paginator in the model.</summary>
public interface IPagedRequest
{
    string? NextToken { get; set; }
}
