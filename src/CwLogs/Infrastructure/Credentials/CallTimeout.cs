using System.Management.Automation;

namespace CwLogs.Infrastructure.Credentials;

/// <summary>
/// The per-attempt timeout: -TimeoutSec, else $CwLogsTimeoutSec, else 30 s. The SDK's own
/// default (100 s, retried twice) left a stalled endpoint hanging for five minutes.
/// </summary>
public static class CallTimeout
{
    public const string SessionVariable = "CwLogsTimeoutSec";
    public const int MaxSeconds = 3600;
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(30);

    public static (TimeSpan Timeout, string Source) Resolve(int? parameter, object? sessionValue)
    {
        if (parameter is { } seconds) return (TimeSpan.FromSeconds(seconds), "the -TimeoutSec parameter");
        sessionValue = sessionValue is PSObject ps ? ps.BaseObject : sessionValue;
        if (sessionValue is null || sessionValue is string { Length: 0 }) return (Default, "the default; change it with -TimeoutSec or $" + SessionVariable);
        if (!LanguagePrimitives.TryConvertTo<double>(sessionValue, out var fromSession) || fromSession < 1 || fromSession > MaxSeconds)
            throw new ArgumentException($"${SessionVariable} must be a number of seconds from 1 to {MaxSeconds}; it is '{sessionValue}'.");
        return (TimeSpan.FromSeconds(fromSession), "$" + SessionVariable);
    }
}
