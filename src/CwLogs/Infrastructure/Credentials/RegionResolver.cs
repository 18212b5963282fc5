using Amazon;
using Amazon.Util;

namespace CwLogs.Infrastructure.Credentials;

/// <summary>
/// The region, from the same source as the credentials where there is one, read afresh on every
/// command (the SDK's FallbackRegionFactory caches the first answer for the whole process):
/// -Region; the region of the profile that supplied the credentials; $StoredAWSRegion;
/// AWS_REGION; AWS_DEFAULT_REGION; the AWS_PROFILE or default profile's region; us-east-1 only
/// for a custom endpoint (from -EndpointUrl, the environment or the profile); and last EC2 instance metadata.
/// </summary>
internal static class RegionResolver
{
    // An instance's region never changes, and off EC2 the probe is slow: ask once per process.
    private static readonly Lazy<RegionEndpoint?> InstanceRegion = new(ProbeInstanceMetadata);

    public static (RegionEndpoint Region, string Source) Resolve(string? regionParameter, CredentialChoice credentials, object? storedRegion, string? endpointUrl)
    {
        if (!string.IsNullOrEmpty(regionParameter)) return (RegionEndpoint.GetBySystemName(regionParameter), "the -Region parameter");
        if (credentials.Profile?.Region is { } profileRegion)
            return (profileRegion, $"the profile '{credentials.Profile.Name}' that supplied the credentials");
        var storedName = storedRegion as string ?? storedRegion?.GetType().GetProperty("SystemName")?.GetValue(storedRegion) as string;
        if (!string.IsNullOrEmpty(storedName)) return (RegionEndpoint.GetBySystemName(storedName), "$" + AwsContextResolver.StoredRegionVariable);
        foreach (var variable in new[] { "AWS_REGION", "AWS_DEFAULT_REGION" })
        {
            if (AwsEnvironment.Get(variable) is { } name) return (RegionEndpoint.GetBySystemName(name), $"the {variable} environment variable");
        }
        var profileName = AwsEnvironment.DefaultProfileName;
        if (ProfileCredentials.RegionOf(profileName) is { } defaultProfileRegion)
            return (defaultProfileRegion, $"the region of profile '{profileName}' ({(profileName == "default" ? "the default profile" : "AWS_PROFILE")})");
        // A local endpoint (emulator, LocalStack) does not care about the region, but SigV4 needs one.
        if (!string.IsNullOrEmpty(endpointUrl)) return (RegionEndpoint.USEast1, "the default for a custom endpoint (us-east-1)");
        if (!AwsEnvironment.InstanceMetadataDisabled && InstanceRegion.Value is { } instanceRegion) return (instanceRegion, "EC2 instance metadata");
        throw new ArgumentException("No AWS region was given. Use -Region, Set-DefaultAWSRegion, the AWS_REGION or AWS_DEFAULT_REGION environment variable, or a profile's region.");
    }

    private static RegionEndpoint? ProbeInstanceMetadata()
    {
        try
        {
            return EC2InstanceMetadata.Region;
        }
        catch (Exception)
        {
            return null; // not on EC2; the error below says what to set
        }
    }
}
