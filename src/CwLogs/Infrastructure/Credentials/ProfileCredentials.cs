using Amazon;
using Amazon.Runtime.CredentialManagement;

namespace CwLogs.Infrastructure.Credentials;

/// <summary>Credentials from a named profile of the shared files, described by how they are obtained.</summary>
internal static class ProfileCredentials
{
    /// <summary>The named profile's credentials; a missing profile, or one without credentials, is an error.</summary>
    /// <param name="how">Who named the profile, e.g. "the -ProfileName parameter", for messages.</param>
    public static CredentialChoice Load(string name, string? location, string how)
        => TryLoad(name, location, how, out var profileExists)
           ?? throw new ArgumentException(profileExists
               ? $"The profile '{name}' named by {how} has no usable credentials."
               : $"The profile '{name}' named by {how} was not found in {Where(location)}.");

    /// <summary>The named profile's credentials, or null (with whether the profile exists at all).</summary>
    public static CredentialChoice? TryLoad(string name, string? location, string how, out bool profileExists)
    {
        var chain = Chain(location);
        profileExists = chain.TryGetProfile(name, out var profile);
        if (!profileExists || !chain.TryGetAWSCredentials(name, out var credentials)) return null;
        // Keyed by name and files, so role and SSO profiles are not re-assumed for every cmdlet.
        var identity = "profile:" + (location ?? string.Empty) + ":" + name + ":" + FileStamp(location);
        var kind = KindOf(profile);
        var source = $"profile '{name}' ({how})" + (kind is null ? "" : ", " + kind);
        return new CredentialChoice(credentials, identity, source, RemedyFor(name, profile), profile);
    }

    /// <summary>The region a profile names, or null (also for a missing profile).</summary>
    public static RegionEndpoint? RegionOf(string name) => Find(name)?.Region;

    /// <summary>The named profile of the shared files, or null when there is none.</summary>
    public static CredentialProfile? Find(string name) => Chain(null).TryGetProfile(name, out var profile) ? profile : null;

    private static CredentialProfileStoreChain Chain(string? location)
        => string.IsNullOrEmpty(location) ? new CredentialProfileStoreChain() : new CredentialProfileStoreChain(location);

    private static string Where(string? location)
        => string.IsNullOrEmpty(location) ? "the shared credentials and config files" : $"'{location}'";

    /// <summary>How the profile gets its credentials, for -Verbose; null for plain keys.</summary>
    private static string? KindOf(CredentialProfile profile)
    {
        var o = profile.Options;
        if (!string.IsNullOrEmpty(o.SsoSession) || !string.IsNullOrEmpty(o.SsoStartUrl))
            return $"SSO (account {o.SsoAccountId}, role {o.SsoRoleName})";
        if (!string.IsNullOrEmpty(o.RoleArn))
        {
            var from = !string.IsNullOrEmpty(o.SourceProfile) ? $"source profile '{o.SourceProfile}'"
                : !string.IsNullOrEmpty(o.WebIdentityTokenFile) ? "a web identity token"
                : $"credential_source {o.CredentialSource}";
            return $"role {o.RoleArn} assumed with {from}";
        }
        if (!string.IsNullOrEmpty(o.CredentialProcess)) return "credential_process";
        return null;
    }

    private static string RemedyFor(string name, CredentialProfile profile)
    {
        var o = profile.Options;
        if (!string.IsNullOrEmpty(o.SsoSession) || !string.IsNullOrEmpty(o.SsoStartUrl))
            return $"Sign in with 'aws sso login --profile {name}' and run the command again.";
        if (!string.IsNullOrEmpty(o.RoleArn))
            return $"Check that the credentials of profile '{name}'" + (string.IsNullOrEmpty(o.SourceProfile) ? "" : $" (source profile '{o.SourceProfile}')") +
                   $" are valid and allowed to call sts:AssumeRole on {o.RoleArn}.";
        if (!string.IsNullOrEmpty(o.CredentialProcess))
            return $"Run the credential_process of profile '{name}' yourself to see why it fails, then run the command again.";
        return $"Update the keys of profile '{name}' (for example with 'aws configure --profile {name}').";
    }

    /// <summary>Last-write stamps of the files a profile is read from, so an edited profile gets a new client.</summary>
    private static string FileStamp(string? location)
    {
        var credentials = !string.IsNullOrEmpty(location) ? location!
            : !string.IsNullOrEmpty(AWSConfigs.AWSProfilesLocation) ? AWSConfigs.AWSProfilesLocation
            : SharedCredentialsFile.DefaultFilePath;
        var paths = new[] { credentials, SharedCredentialsFile.DefaultConfigFilePath, Path.Combine(Path.GetDirectoryName(credentials) ?? "", "config") }.Distinct();
        return string.Join("|", paths.Select(p => File.Exists(p) ? File.GetLastWriteTimeUtc(p).Ticks.ToString() : ""));
    }
}
