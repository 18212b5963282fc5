using System.Globalization;
using System.Management.Automation;
using Amazon.Runtime;
using CwLogs.Client;
using CwLogs.Client.Protocol;
using CwLogs.Infrastructure.Credentials;

namespace CwLogs.Infrastructure.Errors;

/// <summary>
/// Errors that end a command because every further call would fail the same way: a stalled
/// endpoint, credentials that cannot be had, credentials the service refuses.
/// </summary>
public static class CallErrorRecords
{
    public const string CredentialsUnavailableId = "CredentialsUnavailable";
    public const string OperationTimeoutId = "OperationTimeout";
    public const string ServiceCallFailedId = "ServiceCallFailed";
    public const string ResponseUnreadableId = "ResponseUnreadable";

    /// <summary>Error codes with which the service refuses the credentials themselves.</summary>
    public static readonly IReadOnlySet<string> RefusedCredentialCodes = new HashSet<string>(StringComparer.Ordinal)
    {
        "ExpiredToken", "ExpiredTokenException", "UnrecognizedClient", "UnrecognizedClientException",
        "InvalidSignature", "InvalidSignatureException", "IncompleteSignature", "IncompleteSignatureException",
        "InvalidClientTokenId", "SignatureDoesNotMatch", "MissingAuthenticationToken", "MissingAuthenticationTokenException",
    };

    /// <summary>True when the service refused the credentials themselves, so every other call would be refused too.</summary>
    public static bool IsRefusedCredentials(AmazonServiceException exception)
        => exception.ErrorCode is { } code && RefusedCredentialCodes.Contains(code);

    /// <summary>The service refused the credentials: ServiceErrorRecords' id and category, plus where they came from and what to do.</summary>
    public static ErrorRecord RefusedCredentials(AmazonServiceException exception, object? target, ResolvedAwsContext context)
    {
        var record = ServiceErrorRecords.From(exception, target);
        record.ErrorDetails = new ErrorDetails($"The service refused the credentials from {context.CredentialSource}: {exception.Message} {context.CredentialRemedy}");
        return record;
    }

    /// <summary>The credentials could not be obtained (SSO sign-in missing or expired, AssumeRole denied, credential_process failing...).</summary>
    public static ErrorRecord CredentialsUnavailable(Exception exception, ResolvedAwsContext context)
    {
        var message = $"Could not get AWS credentials from {context.CredentialSource}: {Messages(exception)} {context.CredentialRemedy}";
        return new ErrorRecord(new InvalidOperationException(message, exception), CredentialsUnavailableId, ErrorCategory.AuthenticationError, null);
    }

    /// <summary>
    /// Every attempt of a call timed out: one sentence naming the endpoint, the attempts and the timeout, and what
    /// to do (-Verbose says where the timeout came from).
    /// </summary>
    public static ErrorRecord Timeout(Exception exception, string operation, CallObserver observer, ResolvedAwsContext context)
    {
        var seconds = context.Timeout.TotalSeconds.ToString("0.##", CultureInfo.InvariantCulture);
        var endpoint = observer.Endpoint?.ToString() ?? context.EndpointUrl ?? "the endpoint";
        var attempts = observer.Attempts == 1 ? "1 attempt" : $"{observer.Attempts} attempts";
        var message = $"{operation} got no answer from {endpoint} in {attempts} of {seconds} s each; check that the endpoint is reachable, " +
                      "or allow more time per attempt with -TimeoutSec or $CwLogsTimeoutSec.";
        return new ErrorRecord(new TimeoutException(message, exception), OperationTimeoutId, ErrorCategory.OperationTimeout, operation);
    }

    /// <summary>The call could not be made or its answer not received (refused or reset connection, DNS, TLS...), after the SDK's retries.</summary>
    public static ErrorRecord CallFailed(Exception exception, string operation, CallObserver observer, ResolvedAwsContext context)
    {
        var endpoint = observer.Endpoint?.ToString() ?? context.EndpointUrl ?? "the endpoint";
        var attempts = observer.Attempts == 1 ? "1 attempt" : $"{observer.Attempts} attempts";
        var message = $"{operation} failed at {endpoint} after {attempts}: {Messages(exception).TrimEnd('.')}.";
        return new ErrorRecord(new InvalidOperationException(message, exception), ServiceCallFailedId, ErrorCategory.ConnectionError, operation);
    }

    /// <summary>A failure of the connection or the client rather than an answer from the service.</summary>
    public static bool IsConnectionFailure(Exception exception)
        => exception is AmazonClientException or HttpRequestException or IOException or System.Net.Sockets.SocketException or OperationCanceledException;

    /// <summary>The service answered, but not in a form CwLogs can read; never retried.</summary>
    public static ErrorRecord ResponseUnreadable(ResponseUnreadableException exception)
        => new ErrorRecord(exception, ResponseUnreadableId, ErrorCategory.InvalidResult, exception.Operation);

    /// <summary>True for a timed-out attempt (the SDK turns HttpClient's timeout into a TimeoutException).</summary>
    public static bool IsTimeout(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is TimeoutException) return true;
        }
        return false;
    }

    /// <summary>The exception's message and its causes' (e.g. "Error calling AssumeRole ..." and STS's reason).</summary>
    private static string Messages(Exception exception)
    {
        var parts = new List<string>();
        for (var e = exception; e is not null; e = e.InnerException)
        {
            var text = e.Message.Trim();
            if (text.Length > 0 && !parts.Contains(text)) parts.Add(text.EndsWith('.') ? text : text + ".");
        }
        return string.Join(" ", parts);
    }
}
