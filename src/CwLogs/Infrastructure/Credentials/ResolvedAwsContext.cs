using Amazon;
using Amazon.Runtime;

namespace CwLogs.Infrastructure.Credentials;

/// <summary>
/// Where a cmdlet's calls go and as whom. The *Source strings are for -Verbose: they name where
/// a value came from and never contain a secret.
/// </summary>
public sealed record ResolvedAwsContext(
    AWSCredentials Credentials,
    object CredentialIdentity,
    string CredentialSource,
    RegionEndpoint Region,
    string RegionSource,
    string? EndpointUrl);
