using Amazon;
using Amazon.Runtime;

namespace CwLogs.Infrastructure.Credentials;

/// <summary>
/// Where a cmdlet's calls go, as whom, and how long each attempt may take. The *Source strings
/// and the remedy are for -Verbose and error messages: they never contain a secret.
/// </summary>
public sealed record ResolvedAwsContext(
    AWSCredentials Credentials,
    object CredentialIdentity,
    string CredentialSource,
    RegionEndpoint Region,
    string RegionSource,
    string? EndpointUrl)
{
    /// <summary>Where <see cref="EndpointUrl"/> came from (null with the regional endpoint).</summary>
    public string? EndpointSource { get; init; }

    /// <summary>What to do when these credentials fail or are refused.</summary>
    public string CredentialRemedy { get; init; } = "Check the credentials named by -Verbose and run the command again.";

    /// <summary>How long one HTTP attempt may take; the SDK retries a timed-out attempt.</summary>
    public TimeSpan Timeout { get; init; } = CallTimeout.Default;

    public string TimeoutSource { get; init; } = "the default";
}
