using Amazon.Runtime;

namespace CwLogs.Infrastructure.Credentials;

/// <summary>
/// The SDK's default credential order, walked on every command so that a changed environment
/// ($env:AWS_PROFILE, $env:AWS_ACCESS_KEY_ID, ...) is seen at once: environment keys, web
/// identity, the AWS_PROFILE or default profile (keys, SSO, role_arn, credential_process), then
/// container and EC2 instance metadata credentials.
/// </summary>
internal static class DefaultCredentialChain
{
    private const string Prefix = "the SDK default chain: ";

    public static CredentialChoice Resolve()
        => FromEnvironmentKeys() ?? FromWebIdentity() ?? FromProfile() ?? FromContainer() ?? FromInstanceMetadata()
           ?? throw new InvalidOperationException(
               "No AWS credentials were found. Use -ProfileName, -AccessKey/-SecretKey, -Credential, Set-AWSCredential, " +
               "the AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or AWS_PROFILE environment variables, or a default profile.");

    private static CredentialChoice? FromEnvironmentKeys()
    {
        var accessKey = AwsEnvironment.Get("AWS_ACCESS_KEY_ID");
        var secretKey = AwsEnvironment.Get("AWS_SECRET_ACCESS_KEY");
        if (accessKey is null || secretKey is null) return null;
        var token = AwsEnvironment.Get("AWS_SESSION_TOKEN");
        AWSCredentials keys = token is null ? new BasicAWSCredentials(accessKey, secretKey) : new SessionAWSCredentials(accessKey, secretKey, token);
        return new CredentialChoice(keys,
            "keys:" + accessKey + ":" + SecretFingerprint.Of(secretKey + "\n" + token),
            Prefix + $"the AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY environment variables (access key {AwsContextResolver.Mask(accessKey)})",
            "Set valid keys in AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN, or remove them to use a profile.");
    }

    private static CredentialChoice? FromWebIdentity()
    {
        var tokenFile = AwsEnvironment.Get("AWS_WEB_IDENTITY_TOKEN_FILE");
        var roleArn = AwsEnvironment.Get("AWS_ROLE_ARN");
        if (tokenFile is null || roleArn is null) return null;
        return new CredentialChoice(AssumeRoleWithWebIdentityCredentials.FromEnvironmentVariables(),
            "web-identity:" + roleArn + ":" + tokenFile,
            Prefix + $"web identity (role {roleArn}, token file from AWS_WEB_IDENTITY_TOKEN_FILE)",
            $"Check that the web identity token in '{tokenFile}' is current and may assume {roleArn}.");
    }

    private static CredentialChoice? FromProfile()
    {
        var named = AwsEnvironment.Get("AWS_PROFILE");
        var name = named ?? "default";
        var how = named is null ? "the default profile" : "the AWS_PROFILE environment variable";
        var choice = ProfileCredentials.TryLoad(name, null, how, out var exists);
        // As in the SDK, a profile named by AWS_PROFILE must exist; the default profile is optional.
        if (!exists && named is not null) return ProfileCredentials.Load(name, null, how);
        return choice is null ? null : choice with { Source = Prefix + choice.Source };
    }

    private static CredentialChoice? FromContainer()
    {
        var relative = AwsEnvironment.Get("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI");
        var full = AwsEnvironment.Get("AWS_CONTAINER_CREDENTIALS_FULL_URI");
        if (relative is null && full is null) return null;
        var variable = relative is not null ? "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI" : "AWS_CONTAINER_CREDENTIALS_FULL_URI";
        return new CredentialChoice(new GenericContainerCredentials(), "container:" + (relative ?? full),
            Prefix + $"container credentials ({variable})",
            "Check the task or pod role of this container.");
    }

    private static CredentialChoice? FromInstanceMetadata()
    {
        if (AwsEnvironment.InstanceMetadataDisabled) return null;
        try
        {
            // Fetched here, so that off EC2 the answer is NoCredentials rather than a failing instance role.
            var credentials = InstanceProfile.Value;
            credentials.GetCredentials();
            return new CredentialChoice(credentials, "instance-metadata",
                Prefix + "EC2 instance metadata (the instance profile role)",
                "Check the instance profile role of this EC2 instance.");
        }
        catch (Exception)
        {
            return null; // not on EC2, or no role attached
        }
    }

    // One instance per process: it caches and refreshes the role's credentials itself.
    private static readonly Lazy<InstanceProfileAWSCredentials> InstanceProfile = new(() => new InstanceProfileAWSCredentials());
}
