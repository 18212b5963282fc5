using System.Management.Automation;
using Amazon.Runtime;

namespace CwLogs.Infrastructure.Credentials;

/// <summary>
/// Resolves credentials, region, endpoint and timeout on every command, in the order AWS.Tools
/// users know: explicit keys; -ProfileName (a missing profile is an error, never a fallback);
/// -Credential; the $StoredAWSCredentials / $StoredAWSRegion session variables that
/// Set-AWSCredential and Set-DefaultAWSRegion leave; then the default chain (environment,
/// AWS_PROFILE, default profile, SSO, role_arn, credential_process, container and instance metadata).
/// </summary>
public static class AwsContextResolver
{
    public const string StoredCredentialsVariable = "StoredAWSCredentials";
    public const string StoredRegionVariable = "StoredAWSRegion";

    /// <param name="readSessionVariable">Reads a PowerShell session variable (null when unset).</param>
    public static ResolvedAwsContext Resolve(AwsParameterValues values, Func<string, object?> readSessionVariable)
    {
        var credentials = ResolveCredentials(values, readSessionVariable);
        // The profile in use: the one that supplied the credentials, else the one the SDK reads settings from.
        var profile = credentials.Profile ?? ProfileCredentials.Find(AwsEnvironment.DefaultProfileName);
        var (endpoint, endpointSource) = EndpointResolver.Resolve(values.EndpointUrl, profile);
        var (region, regionSource) = RegionResolver.Resolve(values.Region, credentials, Unwrap(readSessionVariable(StoredRegionVariable)), endpoint);
        var (timeout, timeoutSource) = CallTimeout.Resolve(values.TimeoutSec, readSessionVariable(CallTimeout.SessionVariable));
        return new ResolvedAwsContext(credentials.Credentials, credentials.Identity, credentials.Source, region, regionSource, endpoint)
        {
            EndpointSource = endpointSource,
            CredentialRemedy = credentials.Remedy,
            Timeout = timeout,
            TimeoutSource = timeoutSource,
        };
    }

    private static CredentialChoice ResolveCredentials(AwsParameterValues values, Func<string, object?> readSessionVariable)
    {
        var hasAccessKey = !string.IsNullOrEmpty(values.AccessKey);
        var hasSecretKey = !string.IsNullOrEmpty(values.SecretKey);
        if (hasAccessKey != hasSecretKey)
            throw new ArgumentException("Specify both -AccessKey and -SecretKey, or neither.");
        if (!hasAccessKey && !string.IsNullOrEmpty(values.SessionToken))
            throw new ArgumentException("-SessionToken needs -AccessKey and -SecretKey.");

        if (hasAccessKey)
        {
            AWSCredentials keys = string.IsNullOrEmpty(values.SessionToken)
                ? new BasicAWSCredentials(values.AccessKey, values.SecretKey)
                : new SessionAWSCredentials(values.AccessKey, values.SecretKey, values.SessionToken);
            var identity = "keys:" + values.AccessKey + ":" + SecretFingerprint.Of(values.SecretKey + "\n" + values.SessionToken);
            return new CredentialChoice(keys, identity, $"the -AccessKey/-SecretKey parameters (access key {Mask(values.AccessKey!)})",
                "Pass valid keys with -AccessKey, -SecretKey and -SessionToken.");
        }

        if (!string.IsNullOrEmpty(values.ProfileName))
            return ProfileCredentials.Load(values.ProfileName!, values.ProfileLocation, "the -ProfileName parameter");

        if (values.Credential is not null)
            return FromObject(values.Credential, "the -Credential parameter");

        var stored = Unwrap(readSessionVariable(StoredCredentialsVariable));
        if (stored is not null)
            return stored is string profileName
                ? ProfileCredentials.Load(profileName, values.ProfileLocation, "$" + StoredCredentialsVariable)
                : FromObject(stored, "$" + StoredCredentialsVariable);

        return DefaultCredentialChain.Resolve();
    }

    private static CredentialChoice FromObject(object value, string how)
    {
        value = Unwrap(value)!;
        var remedy = $"Give valid credentials through {how}.";
        switch (value)
        {
            case AWSCredentials own:
                return new CredentialChoice(own, own, $"{how} ({own.GetType().Name})", remedy);
            case PSCredential psCredential:
                var secret = psCredential.GetNetworkCredential().Password;
                var basic = new BasicAWSCredentials(psCredential.UserName, secret);
                return new CredentialChoice(basic, "keys:" + psCredential.UserName + ":" + SecretFingerprint.Of(secret),
                    $"{how} (PSCredential, access key {Mask(psCredential.UserName)})", remedy);
        }
        // AWS.Tools' AWSPSCredentials wraps the SDK credentials in a Credentials property.
        var inner = value.GetType().GetProperty("Credentials")?.GetValue(value);
        if (inner is not null && ForeignAwsCredentials.TryWrap(inner, out var wrappedInner))
            return new CredentialChoice(wrappedInner!, inner, $"{how} ({inner.GetType().Name} from another AWS SDK)", remedy);
        if (ForeignAwsCredentials.TryWrap(value, out var wrapped))
            return new CredentialChoice(wrapped!, value, $"{how} ({value.GetType().Name} from another AWS SDK)", remedy);
        throw new ArgumentException($"{how} holds a {value.GetType().FullName}, which is not AWS credentials. Use an AWSCredentials object, a PSCredential (access key as user name, secret key as password) or a profile name.");
    }

    private static object? Unwrap(object? value) => value is PSObject ps ? ps.BaseObject : value;

    /// <summary>Shows enough of an access key id to recognise it, never the secret key.</summary>
    internal static string Mask(string accessKey)
        => accessKey.Length <= 8 ? new string('*', accessKey.Length) : accessKey.Substring(0, 4) + new string('*', accessKey.Length - 8) + accessKey.Substring(accessKey.Length - 4);
}
