using CwLogs.Client.Operations;

namespace CwLogs.Commands;

/// <summary>
/// DescribeLogStreams has no exact-name filter: a name is looked up by prefix and picked, a wildcard lists by
/// its literal start and is matched here. Streams come page by page, as they are read.
/// </summary>
internal static class LogStreamLookup
{
    public static LogStreamData? FindExact(string group, string name, Func<DescribeLogStreamsRequest, IEnumerable<DescribeLogStreamsResponse>> pages)
    {
        foreach (var page in pages(new DescribeLogStreamsRequest { LogGroupName = group, LogStreamNamePrefix = name }))
            foreach (var stream in page.LogStreams ?? new List<LogStreamData>())
                if (string.Equals(stream.LogStreamName, name, StringComparison.Ordinal)) return stream;
        return null;
    }

    /// <summary>The streams the wildcard matches; <paramref name="request"/> may carry an order and a page size.</summary>
    public static IEnumerable<LogStreamData> Matching(DescribeLogStreamsRequest request, NameWildcard wildcard,
        Func<DescribeLogStreamsRequest, IEnumerable<DescribeLogStreamsResponse>> pages)
    {
        // The service refuses a prefix with the LastEventTime order; then every stream is listed and matched here.
        if (request.OrderBy != CwLogsEnums.OrderBy.LastEventTime) request.LogStreamNamePrefix = wildcard.ServicePrefix;
        foreach (var page in pages(request))
            foreach (var stream in page.LogStreams ?? new List<LogStreamData>())
                if (wildcard.IsMatch(stream.LogStreamName)) yield return stream;
    }
}
