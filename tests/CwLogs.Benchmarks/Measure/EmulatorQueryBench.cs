using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CwLogs.Benchmarks.Floor;
using CwLogs.Benchmarks.Infrastructure;

namespace CwLogs.Benchmarks.Measure;

/// <summary>
/// `emulator-query [--events N] [--runs R] [--emulator DLL]` (another build, to compare): the faithful emulator's own Logs Insights cost (issue 13, item 20), not a
/// client figure. Stores N events (default 70,000) in one group, then times each query from StartQuery to Complete
/// (the median of R runs), the emulator process's CPU time meanwhile (the figure that holds on a busy machine) and,
/// while a query runs, how long a DescribeLogGroups call takes. Prints a Markdown table.
/// </summary>
public static class EmulatorQueryBench
{
    public const string Usage = "usage: dotnet run --project tests/CwLogs.Benchmarks -c Release -- emulator-query [--events 70000] [--runs 3] [--emulator CwLogs.Emulator.dll]";

    private const string Group = "bench-insights";

    private static readonly string[] Queries =
    [
        "stats count(*)",
        "parse @message \"user=* action=* status=* ms=*\" as user, action, status, ms | stats count(*) by action",
        "parse @message \"* * * *\" as ts, level, request, rest | filter level = \"ERROR\" | stats count(*)",
        "parse @message /user=(?<user>\\S+) action=(?<action>\\S+)/ | stats count(*) by user | sort user | limit 5",
        "parse @message \"* * absent=*\" as a, b, c | stats count(c)",
    ];

    public static int Run(string[] args)
    {
        int events = 70_000, runs = 3;
        string? emulatorDll = null;
        try
        {
            for (int i = 0; i < args.Length; i++)
            {
                string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
                switch (args[i])
                {
                    case "--events": events = int.Parse(Value(), System.Globalization.CultureInfo.InvariantCulture); break;
                    case "--runs": runs = int.Parse(Value(), System.Globalization.CultureInfo.InvariantCulture); break;
                    case "--emulator": emulatorDll = Path.GetFullPath(Value()); break;
                    default: throw new ArgumentException($"unknown argument '{args[i]}'");
                }
            }
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var children = new ChildProcesses(new Dictionary<string, string?>());
        var (process, endpoint) = CannedEmulator.StartProcess(children, emulatorDll ?? RepoPaths.Find().EmulatorDll);
        try
        {
            using var api = new Api(endpoint);
            long now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            Seed(api, events, now);
            Console.WriteLine($"{events:N0} events, median of {runs} runs, {Environment.ProcessorCount} cores");
            Console.WriteLine();
            Console.WriteLine("| query | StartQuery to Complete | emulator CPU | DescribeLogGroups during it |");
            Console.WriteLine("| --- | ---: | ---: | ---: |");
            foreach (string query in Queries)
            {
                var totals = new List<double>();
                var others = new List<double>();
                var cpus = new List<double>();
                for (int r = 0; r < runs; r++)
                {
                    process.Refresh();
                    TimeSpan cpuBefore = process.TotalProcessorTime;
                    (double total, double other) = Time(api, query, now);
                    process.Refresh();
                    cpus.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
                    totals.Add(total);
                    others.Add(other);
                }
                Console.WriteLine($"| `{query.Replace("|", "\\|")}` | {Median(totals):N0} ms | {Median(cpus):N0} ms | {Median(others):N0} ms |");
            }
            return 0;
        }
        finally
        {
            children.Kill(process);
            process.Dispose();
        }
    }

    private static void Seed(Api api, int events, long now)
    {
        api.Call("CreateLogGroup", new JsonObject { ["logGroupName"] = Group });
        api.Call("CreateLogStream", new JsonObject { ["logGroupName"] = Group, ["logStreamName"] = "s" });
        string[] levels = ["INFO", "INFO", "INFO", "WARN", "ERROR"];
        string[] actions = ["login", "logout", "read", "write"];
        long first = now - 3_600_000;
        const int batch = 5_000;
        for (int start = 0; start < events; start += batch)
        {
            var logEvents = new JsonArray();
            for (int i = start; i < Math.Min(events, start + batch); i++)
            {
                string message = $"2026-12-04T10:00:00.{i % 1000:000}Z {levels[i % levels.Length]} req-{i:000000} " +
                                 $"user=user{i % 97} action={actions[i % actions.Length]} status={(i % 13 == 0 ? 500 : 200)} ms={i % 997}";
                logEvents.Add(new JsonObject { ["timestamp"] = first + i, ["message"] = message });
            }
            api.Call("PutLogEvents", new JsonObject { ["logGroupName"] = Group, ["logStreamName"] = "s", ["logEvents"] = logEvents });
        }
    }

    /// <summary>StartQuery to Complete, and a DescribeLogGroups sent while the query is in the emulator.</summary>
    private static (double TotalMs, double OtherMs) Time(Api api, string query, long now)
    {
        var body = new JsonObject
        {
            ["logGroupName"] = Group,
            ["startTime"] = now / 1000 - 7_200,
            ["endTime"] = now / 1000 + 60,
            ["queryString"] = query,
        };
        var total = Stopwatch.StartNew();
        Task<JsonNode> start = Task.Run(() => api.Call("StartQuery", body));
        Thread.Sleep(20); // let the query reach the emulator first
        var other = Stopwatch.StartNew();
        api.Call("DescribeLogGroups", new JsonObject());
        other.Stop();
        string id = (string)start.GetAwaiter().GetResult()["queryId"]!;
        while ((string?)api.Call("GetQueryResults", new JsonObject { ["queryId"] = id })["status"] is "Scheduled" or "Running")
            Thread.Sleep(5);
        total.Stop();
        return (total.Elapsed.TotalMilliseconds, other.Elapsed.TotalMilliseconds);
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }

    /// <summary>Signed JSON 1.1 calls; every call fails the run unless it answers 200.</summary>
    private sealed class Api(Uri endpoint) : IDisposable
    {
        private const string ContentType = "application/x-amz-json-1.1";
        private readonly HttpClient _http = new(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromMinutes(10) };
        private readonly SigV4Signer _signer = new("AKIDBENCH", "bench-secret", "us-east-2", "logs");

        public JsonNode Call(string operation, JsonObject body)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
            string target = "Logs_20140328." + operation;
            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint);
            DateTime utcNow = DateTime.UtcNow;
            request.Headers.TryAddWithoutValidation("X-Amz-Target", target);
            request.Headers.TryAddWithoutValidation("X-Amz-Date", SigV4Signer.AmzDate(utcNow));
            request.Headers.TryAddWithoutValidation("Authorization", _signer.Authorize(endpoint.Authority, ContentType, target, utcNow, bytes));
            request.Content = new ByteArrayContent(bytes);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(ContentType);
            using HttpResponseMessage response = _http.Send(request);
            string text = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
            if (!response.IsSuccessStatusCode) throw new BenchmarkFailure($"{operation}: HTTP {(int)response.StatusCode}: {text}");
            return JsonNode.Parse(text)!;
        }

        public void Dispose() => _http.Dispose();
    }
}
