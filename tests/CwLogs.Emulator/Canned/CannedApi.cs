using System;
using System.Buffers;
using System.Globalization;
using System.Text;
using CwLogs.Emulator.Protocol;

namespace CwLogs.Emulator.Canned;

/// <summary>
/// The operations of canned mode, each answered with ready bytes: read pages come from the page caches,
/// PutLogEvents only counts, the few setup calls a client may make get fixed empty answers.
/// Signatures are ignored and nothing is journaled.
/// </summary>
internal sealed class CannedApi
{
    private static readonly byte[] EmptyObject = "{}"u8.ToArray();
    private static readonly byte[] NoLogGroups = """{"logGroups":[]}"""u8.ToArray();

    private readonly StreamPages _streams = new();
    private readonly SearchPages _searches = new();

    public PutCounters Puts { get; } = new();

    /// <summary>The response body for a call; AWS errors are thrown as <see cref="ServiceException"/>.</summary>
    public byte[] Answer(string? target, ReadOnlySequence<byte> body)
    {
        string? operation = target is not null && target.StartsWith(AwsJsonPipeline.TargetPrefix, StringComparison.Ordinal)
            ? target[AwsJsonPipeline.TargetPrefix.Length..]
            : null;
        switch (operation)
        {
            case "GetLogEvents": return _streams.Get(CannedRequest.Parse(body));
            case "FilterLogEvents": return _searches.Get(CannedRequest.Parse(body));
            case "PutLogEvents":
                long calls = Puts.Record(body);
                return Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $$"""{"nextSequenceToken":"{{calls}}"}"""));
            case "CreateLogGroup" or "CreateLogStream": return EmptyObject;
            case "DescribeLogGroups": return NoLogGroups;
            default: throw Errors.UnknownOperation(target);
        }
    }
}
