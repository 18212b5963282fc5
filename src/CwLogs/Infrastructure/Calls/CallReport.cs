using System.Globalization;
using Amazon.Runtime;
using CwLogs.Client;

namespace CwLogs.Infrastructure.Calls;

/// <summary>The -Debug line for one finished call: result, request id, duration, attempts and endpoint. Never a secret.</summary>
internal static class CallReport
{
    public static string Succeeded(string label, CallObserver observer, TimeSpan elapsed)
        => $"{label}: request id {observer.RequestId ?? "(none)"}, {Details(observer, elapsed)}";

    public static string Failed(string label, Exception error, CallObserver observer, TimeSpan elapsed)
    {
        var what = error is AmazonServiceException service
            ? $"{service.ErrorCode}, request id {service.RequestId ?? "(none)"}"
            : error.GetType().Name;
        return $"{label}: {what}, {Details(observer, elapsed)}";
    }

    private static string Details(CallObserver observer, TimeSpan elapsed)
        => string.Create(CultureInfo.InvariantCulture,
            $"{(long)elapsed.TotalMilliseconds} ms, {observer.Attempts} attempt{(observer.Attempts == 1 ? "" : "s")}, {observer.Endpoint}");
}
