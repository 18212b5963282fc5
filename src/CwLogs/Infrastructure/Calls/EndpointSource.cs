using CwLogs.Client;
using CwLogs.Infrastructure.Credentials;

namespace CwLogs.Infrastructure.Calls;

/// <summary>
/// The endpoint a client will call, as its endpoint rules resolve it, and where it came from
/// (EndpointResolver chose it from -EndpointUrl, the environment or the profile in use).
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
        if (context.EndpointUrl is null) return $"Endpoint: {endpoint}, the regional endpoint for {context.Region.SystemName}.";
        return $"Endpoint: {endpoint}, from {context.EndpointSource}.";
    }
}
