namespace CwLogs.Client.Operations;

// Operations that page with nextToken although the service model lists no paginator for them, so the
// generator does not mark their requests as paged. Only the interface is added; the members are generated.

public sealed partial class DescribeQueryDefinitionsRequest : IPagedRequest
{
}

public sealed partial class DescribeQueryDefinitionsResponse : IPagedResponse
{
    string? IPagedResponse.NextPageToken => NextToken;
}
