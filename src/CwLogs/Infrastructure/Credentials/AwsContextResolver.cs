using System.Management.Automation;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using Amazon.Runtime.Credentials;
using CwLogs.Client;

namespace CwLogs.Infrastructure.Credentials;

/// <summary>
/// Resolves credentials, region and endpoint in the order AWS.Tools users know:
/// explicit keys; -ProfileName (a missing profile is an error, never a fallback); -Credential;
/// the $StoredAWSCredentials / $StoredAWSRegion session variables that Set-AWSCredential and
/// Set-DefaultAWSRegion leave; then the SDK's default chain (environment, AWS_PROFILE, default
/// profile, SSO, role_arn, credential_process, container and instance metadata).
/// </summary>
public static class AwsContextResolver
{
    public const string StoredCredentialsVariable = "StoredAWSCredentials";
    public const string StoredRegionVariable = "StoredAWSRegion";

    /// <param name="readSessionVariable">Reads a PowerShell session variable (null when unset).</param>
    public static ResolvedAwsContext Resolve(AwsParameterValues values, Func<string, object?> readSessionVariable)
    {
        var (credentials, identity, credentialSource, profileRegion) = ResolveCredentials(values, readSessionVariable);
        var (region, regionSource) = ResolveRegion(values, profileRegion, readSessionVariable);
        return new ResolvedAwsContext(credentials, identity, credentialSource, region, regionSource, NullIfEmpty(values.EndpointUrl));
    }

    private static (AWSCredentials, object, string, RegionEndpoint?) ResolveCredentials(AwsParameterValues values, Func<string, object?> readSessionVariable)
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
            return (keys, identity, $"the -AccessKey/-SecretKey parameters (access key {Mask(values.AccessKey!)})", null);
        }

        if (!string.IsNullOrEmpty(values.ProfileName))
            return FromProfile(values.ProfileName!, values.ProfileLocation, "the -ProfileName parameter");

        if (values.Credential is not null)
            return FromObject(values.Credential, "the -Credential parameter");

        var stored = Unwrap(readSessionVariable(StoredCredentialsVariable));
        if (stored is not null)
            return stored is string profileName
                ? FromProfile(profileName, values.ProfileLocation, "$StoredAWSCredentials")
                : FromObject(stored, "$StoredAWSCredentials");

        var fromChain = DefaultAWSCredentialsIdentityResolver.GetCredentials(new CwLogsClientConfig())
            ?? throw new InvalidOperationException("No AWS credentials were found.");
        return (fromChain, fromChain, $"the SDK default chain ({fromChain.GetType().Name})", null);
    }

    private static (AWSCredentials, object, string, RegionEndpoint?) FromProfile(string name, string? location, string how)
    {
        var chain = string.IsNullOrEmpty(location) ? new CredentialProfileStoreChain() : new CredentialProfileStoreChain(location);
        if (!chain.TryGetProfile(name, out var profile) || !chain.TryGetAWSCredentials(name, out var credentials))
        {
            var where = string.IsNullOrEmpty(location) ? "the shared credentials and config files" : $"'{location}'";
            throw new ArgumentException($"The profile '{name}' named by {how} was not found in {where}, or has no usable credentials.");
        }
        // Keyed by name and file, so role and SSO profiles are not re-assumed for every cmdlet.
        var identity = "profile:" + (location ?? string.Empty) + ":" + name + ":" + ProfileFileStamp(location);
        return (credentials, identity, $"profile '{name}' ({how})", profile.Region);
    }

    private static (AWSCredentials, object, string, RegionEndpoint?) FromObject(object value, string how)
    {
        value = Unwrap(value)!;
        switch (value)
        {
            case AWSCredentials own:
                return (own, own, $"{how} ({own.GetType().Name})", null);
            case PSCredential psCredential:
                var secret = psCredential.GetNetworkCredential().Password;
                var basic = new BasicAWSCredentials(psCredential.UserName, secret);
                return (basic, "keys:" + psCredential.UserName + ":" + SecretFingerprint.Of(secret), $"{how} (PSCredential, access key {Mask(psCredential.UserName)})", null);
        }
        // AWS.Tools' AWSPSCredentials wraps the SDK credentials in a Credentials property.
        var inner = value.GetType().GetProperty("Credentials")?.GetValue(value);
        if (inner is not null && ForeignAwsCredentials.TryWrap(inner, out var wrappedInner))
            return (wrappedInner!, inner, $"{how} ({inner.GetType().Name} from another AWS SDK)", null);
        if (ForeignAwsCredentials.TryWrap(value, out var wrapped))
            return (wrapped!, value, $"{how} ({value.GetType().Name} from another AWS SDK)", null);
        throw new ArgumentException($"{how} holds a {value.GetType().FullName}, which is not AWS credentials. Use an AWSCredentials object, a PSCredential (access key as user name, secret key as password) or a profile name.");
    }

    private static (RegionEndpoint, string) ResolveRegion(AwsParameterValues values, RegionEndpoint? profileRegion, Func<string, object?> readSessionVariable)
    {
        if (!string.IsNullOrEmpty(values.Region)) return (RegionEndpoint.GetBySystemName(values.Region), "the -Region parameter");
        if (profileRegion is not null) return (profileRegion, "the profile");
        var stored = Unwrap(readSessionVariable(StoredRegionVariable));
        var storedName = stored as string ?? stored?.GetType().GetProperty("SystemName")?.GetValue(stored) as string;
        if (!string.IsNullOrEmpty(storedName)) return (RegionEndpoint.GetBySystemName(storedName), "$StoredAWSRegion");
        var fallback = FallbackRegionFactory.GetRegionEndpoint();
        if (fallback is not null) return (fallback, "the SDK default chain (AWS_REGION, AWS_DEFAULT_REGION, profile, instance metadata)");
        // A local endpoint (emulator, LocalStack) does not care about the region, but SigV4 needs one.
        if (!string.IsNullOrEmpty(values.EndpointUrl)) return (RegionEndpoint.USEast1, "the default for -EndpointUrl (us-east-1)");
        throw new ArgumentException("No AWS region was given. Use -Region, Set-DefaultAWSRegion, the AWS_REGION environment variable or a profile's region.");
    }

    private static object? Unwrap(object? value) => value is PSObject ps ? ps.BaseObject : value;

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    /// <summary>Shows enough of an access key id to recognise it, never the secret key.</summary>
    internal static string Mask(string accessKey)
        => accessKey.Length <= 8 ? new string('*', accessKey.Length) : accessKey.Substring(0, 4) + new string('*', accessKey.Length - 8) + accessKey.Substring(accessKey.Length - 4);

    /// <summary>Last-write stamps of the files a profile is read from, so an edited profile gets a new client.</summary>
    private static string ProfileFileStamp(string? location)
    {
        var credentials = !string.IsNullOrEmpty(location) ? location!
            : !string.IsNullOrEmpty(AWSConfigs.AWSProfilesLocation) ? AWSConfigs.AWSProfilesLocation
            : SharedCredentialsFile.DefaultFilePath;
        var paths = new[] { credentials, SharedCredentialsFile.DefaultConfigFilePath, Path.Combine(Path.GetDirectoryName(credentials) ?? "", "config") }.Distinct();
        return string.Join("|", paths.Select(p => File.Exists(p) ? File.GetLastWriteTimeUtc(p).Ticks.ToString() : ""));
    }
}
