using System;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace CwLogs.Emulator.Hosting;

/// <summary>
/// Test control over HTTP for an emulator running in another process (the Pester suite, README
/// walk-throughs): read the journal, reset, arm faults. Lives under /_emulator/, a path the
/// CloudWatch Logs protocol never uses (every API call is POST /).
/// </summary>
internal static class ControlEndpoint
{
    public const string PathPrefix = "/_emulator/";

    public static bool IsControlRequest(HttpRequest request)
        => request.Path.StartsWithSegments("/_emulator", StringComparison.Ordinal);

    public static async Task HandleAsync(HttpContext context, EmulatorServer server)
    {
        var request = context.Request;
        var action = request.Path.Value!.Substring(PathPrefix.Length - 1).Trim('/');
        switch (request.Method, action)
        {
            case ("GET", "journal"):
                await WriteJsonAsync(context, Journal(server, request.Query["operation"]));
                return;
            case ("POST", "reset"):
                server.Reset();
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                return;
            case ("POST", "faults"):
                try
                {
                    ArmFaults(server.Faults, request.Query);
                }
                catch (ArgumentException error)
                {
                    context.Response.StatusCode = StatusCodes.Status400BadRequest;
                    await context.Response.WriteAsync(error.Message);
                    return;
                }
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                return;
            default:
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                await context.Response.WriteAsync($"Unknown control request {request.Method} {request.Path}. Use GET journal, POST reset or POST faults.");
                return;
        }
    }

    /// <summary>Every call received (optionally of one operation), oldest first, with its body.</summary>
    private static JsonArray Journal(EmulatorServer server, string? operation)
    {
        var entries = new JsonArray();
        foreach (var entry in server.Journal.Entries)
        {
            if (!string.IsNullOrEmpty(operation) && !string.Equals(entry.Operation, operation, StringComparison.Ordinal)) continue;
            entries.Add(new JsonObject
            {
                ["operation"] = entry.Operation,
                ["receivedUtc"] = entry.ReceivedUtc.ToString("o", CultureInfo.InvariantCulture),
                ["body"] = entry.Body,
            });
        }
        return entries;
    }

    /// <summary>
    /// ?latencyMs=N sets the delay of every call; ?throttle=N / ?fail=N / ?drop=N / ?lostResponse=N / ?expiredToken=N arm the next N calls (&amp;operation=X to narrow);
    /// ?throttleRate=R / ?failRate=R / ?dropRate=R / ?lostResponseRate=R with ?seed=S give that share of calls the fault, at random;
    /// ?queryLimit=N caps concurrent Insights queries; ?queryDelayMs=N / ?exportDelayMs=N set how long new queries / export tasks take.
    /// </summary>
    private static void ArmFaults(EmulatorFaults faults, IQueryCollection query)
    {
        string? operation = query["operation"];
        if (string.IsNullOrEmpty(operation)) operation = null;
        if (Int(query, "latencyMs") is int latency) faults.Latency = TimeSpan.FromMilliseconds(latency);
        if (Int(query, "throttle") is int throttle) faults.ThrottleNext(throttle, operation);
        if (Int(query, "fail") is int fail) faults.FailNext(fail, operation);
        if (Int(query, "drop") is int drop) faults.DropNext(drop, operation);
        if (Int(query, "lostResponse") is int lost) faults.LostResponseNext(lost, operation);
        if (Int(query, "expiredToken") is int expired) faults.ExpireTokenNext(expired, operation);
        SetRates(faults, query, operation);
        if (Int(query, "queryLimit") is int queryLimit) faults.QueryConcurrencyLimit = queryLimit;
        if (Int(query, "queryDelayMs") is int queryDelay) faults.QueryDuration = TimeSpan.FromMilliseconds(queryDelay);
        if (Int(query, "exportDelayMs") is int exportDelay) faults.ExportTaskDuration = TimeSpan.FromMilliseconds(exportDelay);
    }

    private static void SetRates(EmulatorFaults faults, IQueryCollection query, string? operation)
    {
        string[] names = ["throttleRate", "failRate", "dropRate", "lostResponseRate"];
        if (!names.Any(query.ContainsKey)) return;
        double[] rates = names.Select(name => Rate(query, name)).ToArray();
        int seed = query.ContainsKey("seed")
            ? Int(query, "seed") ?? throw new ArgumentException($"seed must be a whole number from 0; it was '{query["seed"]}'.")
            : 0;
        faults.SetRates(new FaultRates(rates[0], rates[1], rates[2], rates[3]), seed, operation);
    }

    private static double Rate(IQueryCollection query, string name)
    {
        if (!query.ContainsKey(name)) return 0;
        if (double.TryParse(query[name], NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) && rate >= 0 && rate <= 1) return rate;
        throw new ArgumentException($"{name} must be a number from 0 to 1; it was '{query[name]}'.");
    }

    internal static int? Int(IQueryCollection query, string name)
        => int.TryParse(query[name], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static Task WriteJsonAsync(HttpContext context, JsonNode body)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body.ToJsonString());
    }
}
