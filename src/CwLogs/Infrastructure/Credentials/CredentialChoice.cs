using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;

namespace CwLogs.Infrastructure.Credentials;

/// <summary>
/// Credentials and where they came from. <see cref="Profile"/> is set when a profile supplied
/// them, so the region can come from the same profile. Source and Remedy never hold a secret.
/// </summary>
/// <param name="Identity">What the client cache keys on: a stable, secret-free value per credential source.</param>
/// <param name="Remedy">What to do when these credentials fail or are refused.</param>
public sealed record CredentialChoice(
    AWSCredentials Credentials,
    object Identity,
    string Source,
    string Remedy,
    CredentialProfile? Profile = null);
