using System;
using System.Globalization;
using System.Threading.Tasks;
using CwLogs.Emulator.Hosting;
using Microsoft.AspNetCore.Http;

namespace CwLogs.Emulator.Canned;

/// <summary>
/// Control requests of canned mode, under the same /_emulator/ path as normal mode:
/// GET canned/stats (PutLogEvents counters), POST reset (zeroes them), POST faults?latencyMs=N.
/// </summary>
internal static class CannedControl
{
    public static Task HandleAsync(HttpContext context, CannedServer server)
    {
        HttpRequest request = context.Request;
        string action = request.Path.Value!.Substring(ControlEndpoint.PathPrefix.Length - 1).Trim('/');
        switch (request.Method, action)
        {
            case ("GET", "canned/stats"):
                PutCounters puts = server.Puts;
                string stats = string.Create(CultureInfo.InvariantCulture, $$"""{"putCalls":{{puts.Calls}},"putEvents":{{puts.Events}},"putBytes":{{puts.Bytes}}}""");
                return CannedResponses.WriteAsync(context, System.Text.Encoding.UTF8.GetBytes(stats), contentType: "application/json");
            case ("POST", "reset"):
                server.Puts.Reset();
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                return Task.CompletedTask;
            case ("POST", "faults") when request.Query.Count == 1 && ControlEndpoint.Int(request.Query, "latencyMs") is int latency:
                server.Latency = TimeSpan.FromMilliseconds(latency);
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                return Task.CompletedTask;
            default:
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return context.Response.WriteAsync($"Unknown canned-mode control request {request.Method} {request.Path}{request.QueryString}. "
                    + "Use GET canned/stats, POST reset or POST faults?latencyMs=N (canned mode has no other faults).");
        }
    }
}
