namespace CwLogs.Client.Operations;

/// <summary>A request paged by an opaque nextToken (every Describe*/Filter* operation).</summary>
public interface IPagedRequest
{
    string? NextToken { get; set; }
}
