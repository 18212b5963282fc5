using System.Reflection;
using Amazon.Runtime.CredentialManagement;

namespace CwLogs.Infrastructure.Credentials;

/// <summary>
/// Where calls go, by the AWS SDKs' service-specific endpoint rules, read afresh on every command for the
/// profile in use (the SDK itself reads them once per client, for AWS_PROFILE, whichever profile supplied
/// the credentials): -EndpointUrl; AWS_ENDPOINT_URL_CLOUDWATCH_LOGS; AWS_ENDPOINT_URL; the profile's
/// services section (cloudwatch_logs = endpoint_url = ...); the profile's endpoint_url; else the regional
/// endpoint. AWS_IGNORE_CONFIGURED_ENDPOINT_URLS (or the profile's ignore_configured_endpoint_urls)
/// leaves only -EndpointUrl.
/// </summary>
internal static class EndpointResolver
{
    public const string ServiceVariable = "AWS_ENDPOINT_URL_CLOUDWATCH_LOGS";
    public const string GlobalVariable = "AWS_ENDPOINT_URL";
    public const string IgnoreVariable = "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS";
    /// <summary>CloudWatch Logs' key in a services section (its service id, lower case, '_' for spaces).</summary>
    public const string ServicesKey = "cloudwatch_logs";

    // The SDK parses a profile's services section into this internal dictionary (checked by SdkContractTests).
    internal static readonly PropertyInfo? NestedProperties =
        typeof(CredentialProfile).GetProperty("NestedProperties", BindingFlags.Instance | BindingFlags.NonPublic);

    /// <param name="profile">The profile in use: the one that supplied the credentials, else AWS_PROFILE or default.</param>
    /// <returns>The endpoint and where it came from; (null, null) for the regional endpoint.</returns>
    public static (string? Url, string? Source) Resolve(string? parameter, CredentialProfile? profile)
    {
        if (!string.IsNullOrEmpty(parameter)) return (parameter, "the -EndpointUrl parameter");
        if (IgnoreConfigured(profile)) return (null, null);
        if (AwsEnvironment.Get(ServiceVariable) is { } service) return (service, ServiceVariable);
        if (AwsEnvironment.Get(GlobalVariable) is { } global) return (global, GlobalVariable);
        if (profile is null) return (null, null);
        if (ServicesEndpoint(profile) is { } fromServices) return (fromServices, $"the services section '{profile.Services}' of profile '{profile.Name}'");
        if (!string.IsNullOrWhiteSpace(profile.EndpointUrl)) return (profile.EndpointUrl.Trim(), $"the endpoint_url of profile '{profile.Name}'");
        return (null, null);
    }

    /// <summary>The variable wins over the profile setting, in both directions, as for every SDK setting.</summary>
    private static bool IgnoreConfigured(CredentialProfile? profile)
    {
        var variable = AwsEnvironment.Get(IgnoreVariable);
        if (bool.TryParse(variable, out var ignore)) return ignore;
        return profile?.IgnoreConfiguredEndpointUrls == true;
    }

    private static string? ServicesEndpoint(CredentialProfile profile)
    {
        if (string.IsNullOrEmpty(profile.Services)) return null;
        if (NestedProperties?.GetValue(profile) is not Dictionary<string, Dictionary<string, string>> services) return null;
        if (!services.TryGetValue(ServicesKey, out var settings) || !settings.TryGetValue("endpoint_url", out var url)) return null;
        return string.IsNullOrWhiteSpace(url) ? null : url.Trim();
    }
}
