using System.Text.Json;
using CwLogs.Benchmarks.Infrastructure;

namespace CwLogs.Benchmarks.Clients;

/// <summary>
/// The AWS CLI v2 at /usr/bin/aws (the `aws` on PATH may be a v1 shim). Each process costs about a second, so it
/// handles a capped number of pages or batches; its rate is events over the total wall time of its processes.
/// </summary>
public sealed class AwsCli(ChildProcesses children, Uri endpoint)
{
    public const string Path = "/usr/bin/aws";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>get-log-events has no paginator in the CLI: one process per page, following the forward token.</summary>
    public Measurement ReadPages(string group, string stream, int maxPages)
    {
        long events = 0;
        double ms = 0;
        string? token = null;
        for (int page = 0; page < maxPages; page++)
        {
            List<string> arguments = ["logs", "get-log-events", "--log-group-name", group, "--log-stream-name", stream, "--start-from-head"];
            if (token is not null) arguments.AddRange(["--next-token", token]);
            var result = Run("aws logs get-log-events", arguments);
            ms += result.WallMs;
            using var doc = JsonDocument.Parse(result.StdOut);
            events += doc.RootElement.GetProperty("events").GetArrayLength();
            var next = doc.RootElement.GetProperty("nextForwardToken").GetString();
            if (next == token) break;
            token = next;
        }
        return new Measurement(events, ms, 0);
    }

    /// <summary>filter-log-events paginates itself; --max-items caps what it reads.</summary>
    public Measurement Search(string group, string? pattern, int maxItems)
    {
        List<string> arguments = ["logs", "filter-log-events", "--log-group-name", group, "--max-items", maxItems.ToString()];
        if (pattern is not null) arguments.AddRange(["--filter-pattern", pattern]);
        var result = Run("aws logs filter-log-events", arguments);
        using var doc = JsonDocument.Parse(result.StdOut);
        return new Measurement(doc.RootElement.GetProperty("events").GetArrayLength(), result.WallMs, 0);
    }

    /// <summary>One put-log-events process per batch file (written before, untimed).</summary>
    public Measurement Write(string group, string stream, IReadOnlyList<(string File, int Events)> batches)
    {
        long events = 0;
        double ms = 0;
        foreach (var (file, count) in batches)
        {
            ms += Run("aws logs put-log-events", ["logs", "put-log-events", "--log-group-name", group, "--log-stream-name", stream, "--log-events", "file://" + file]).WallMs;
            events += count;
        }
        return new Measurement(events, ms, 0);
    }

    /// <summary>A batch file for --log-events: a JSON array of {timestamp, message}.</summary>
    public static void WriteBatchFile(string file, int firstMessage, int count)
    {
        using var stream = File.Create(file);
        using var w = new Utf8JsonWriter(stream);
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        w.WriteStartArray();
        for (int i = firstMessage; i < firstMessage + count; i++)
        {
            w.WriteStartObject();
            w.WriteNumber("timestamp", timestamp);
            w.WriteString("message", BenchMessages.Message(i));
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    public string Version() => children.Run("aws --version", Path, ["--version"], Timeout).StdOut.Trim();

    private ChildResult Run(string what, List<string> arguments)
    {
        arguments.AddRange(["--endpoint-url", endpoint.ToString(), "--output", "json"]);
        return children.Run(what, Path, arguments, Timeout);
    }
}
