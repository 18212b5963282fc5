using System;
using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CwLogs.Emulator.Protocol;

namespace CwLogs.Emulator.Canned;

/// <summary>
/// FilterLogEvents on group <c>search-SxM</c>: the S*M events merged by timestamp (global event g is in stream
/// g % S). A non-empty filterPattern is one term, quotes stripped, matched case-sensitively as a substring.
/// nextToken is the global index of the next match, omitted on the last page.
/// </summary>
internal sealed class SearchPages
{
    private const int EventIdDigits = 56;
    private readonly PageCache<(SearchDataset Dataset, string Term, int From, int Limit)> _pages = new();

    public byte[] Get(CannedRequest request)
    {
        string? group = request.LogGroupName ?? request.LogGroupIdentifier;
        if (!CannedDatasets.TryParseSearch(group, out SearchDataset dataset)) throw Errors.GroupNotFound();
        int from = request.NextToken is null ? 0 : ParseToken(request.NextToken);
        return _pages.GetOrBuild((dataset, Term(request.FilterPattern), from, request.Limit), Build);
    }

    /// <summary>The one term of a pattern: <c>ERROR</c> and <c>"ERROR"</c> are the same search; empty means all events.</summary>
    private static string Term(string? pattern)
    {
        string term = (pattern ?? "").Trim();
        return term.Length >= 2 && term[0] == '"' && term[^1] == '"' ? term[1..^1] : term;
    }

    private static byte[] Build((SearchDataset Dataset, string Term, int From, int Limit) key)
    {
        SearchDataset dataset = key.Dataset;
        byte[] term = Encoding.UTF8.GetBytes(key.Term);
        PagePlan plan = PagePlan.Forward(dataset.Total, key.From, key.Limit, term.Length == 0 ? null : index => Contains(index, term));
        var buffer = new ArrayBufferWriter<byte>(plan.Indexes.Count * 256 + 256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            Span<byte> message = stackalloc byte[CannedEvents.MaxMessageBytes];
            json.WriteStartObject();
            json.WriteStartArray("events");
            foreach (int index in plan.Indexes)
            {
                long timestamp = CannedEvents.TimestampOf(index);
                json.WriteStartObject();
                json.WriteString("logStreamName", dataset.StreamNameOf(index));
                json.WriteNumber("timestamp", timestamp);
                json.WriteString("message", message[..CannedEvents.WriteMessage(index, message)]);
                json.WriteNumber("ingestionTime", timestamp + CannedEvents.IngestionDelay);
                json.WriteString("eventId", index.ToString("D" + EventIdDigits, CultureInfo.InvariantCulture));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("searchedLogStreams");
            json.WriteEndArray();
            if (plan.Next < dataset.Total) json.WriteString("nextToken", plan.Next.ToString(CultureInfo.InvariantCulture));
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static bool Contains(int index, byte[] term)
    {
        Span<byte> message = stackalloc byte[CannedEvents.MaxMessageBytes];
        return message[..CannedEvents.WriteMessage(index, message)].IndexOf(term) >= 0;
    }

    private static int ParseToken(string token) =>
        int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out int index) ? index : throw Errors.InvalidNextToken();
}
