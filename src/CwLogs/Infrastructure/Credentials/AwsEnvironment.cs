namespace CwLogs.Infrastructure.Credentials;

/// <summary>
/// The AWS environment variables, read afresh on every call: a session may change them between
/// commands, and the SDK's own readers cache what they saw first.
/// </summary>
internal static class AwsEnvironment
{
    public static string? Get(string name)
    {
        var value = Environment.GetEnvironmentVariable(name);
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>The profile the default chain reads: AWS_PROFILE, else "default".</summary>
    public static string DefaultProfileName => Get("AWS_PROFILE") ?? "default";

    public static bool InstanceMetadataDisabled => string.Equals(Get("AWS_EC2_METADATA_DISABLED"), "true", StringComparison.OrdinalIgnoreCase);
}
