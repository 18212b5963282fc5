using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace CwLogs.Emulator.Tests.Infrastructure;

/// <summary>Shortcuts to put the emulator into a known state through its public API.</summary>
public sealed class Seed
{
    private readonly LogsApi _api;

    public Seed(LogsApi api) => _api = api;

    public Task GroupAsync(string name) => _api.OkAsync("CreateLogGroup", new { logGroupName = name });

    public async Task StreamAsync(string group, params string[] streams)
    {
        foreach (string stream in streams) await _api.OkAsync("CreateLogStream", new { logGroupName = group, logStreamName = stream });
    }

    public async Task GroupWithStreamsAsync(string group, params string[] streams)
    {
        await GroupAsync(group);
        await StreamAsync(group, streams);
    }

    public Task<JsonNode> EventsAsync(string group, string stream, IEnumerable<(long Timestamp, string Message)> events) =>
        _api.OkAsync("PutLogEvents", new
        {
            logGroupName = group,
            logStreamName = stream,
            logEvents = events.Select(e => new { timestamp = e.Timestamp, message = e.Message }).ToList(),
        });

    /// <summary>count events "prefix-0".."prefix-(n-1)", one millisecond apart from <paramref name="start"/>.</summary>
    public static List<(long Timestamp, string Message)> Numbered(int count, long start, string prefix = "event", long step = 1) =>
        Enumerable.Range(0, count).Select(i => (start + i * step, $"{prefix}-{i}")).ToList();
}
