using CwLogs.Client;
using CwLogs.Infrastructure.Credentials;

namespace CwLogs.Infrastructure.Calls;

/// <summary>
/// The endpoint a client will call, as its endpoint rules resolve it, and where it came from: the
/// SDK itself reads AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, AWS_ENDPOINT_URL and a profile's services
/// section, so the URL alone would not tell the user why it is used.
/// </summary>
internal static class EndpointSource
{
    public static string Describe(CwLogsServiceClient client, ResolvedAwsContext context)
    {
        Uri endpoint;
        try
        {
            endpoint = client.ResolveEndpoint();
        }
        catch (Amazon.Runtime.AmazonClientException ex)
        {
            return $"Endpoint: not resolvable for region {context.Region.SystemName} ({ex.Message}).";
        }
        if (context.EndpointUrl is not null) return $"Endpoint: {endpoint}, from the -EndpointUrl parameter.";
        if (string.IsNullOrEmpty(client.Config.ServiceURL)) return $"Endpoint: {endpoint}, the regional endpoint for {context.Region.SystemName}.";
        return $"Endpoint: {endpoint}, from {ConfiguredSource()}.";
    }

    /// <summary>Which setting gave the SDK its configured endpoint, in the SDK's own order.</summary>
    private static string ConfiguredSource()
    {
        if (AwsEnvironment.Get("AWS_ENDPOINT_URL_CLOUDWATCH_LOGS") is not null) return "AWS_ENDPOINT_URL_CLOUDWATCH_LOGS";
        if (AwsEnvironment.Get("AWS_ENDPOINT_URL") is not null) return "AWS_ENDPOINT_URL";
        return $"the endpoint_url of profile '{AwsEnvironment.DefaultProfileName}' (its services section or its own setting)";
    }
}
