using System.Collections.Concurrent;
using CwLogs.Client;
using CwLogs.Infrastructure.Credentials;

namespace CwLogs.Infrastructure;

/// <summary>
/// One client per (credentials, region, endpoint, timeout) for the life of the session: HTTP connections,
/// retry state and refreshed credentials are reused instead of being rebuilt per cmdlet or record.
/// </summary>
internal static class ClientCache
{
    private const int MaxClients = 64;

    private sealed record Key(object CredentialIdentity, string Region, string? Endpoint, string? EnvironmentEndpoint, TimeSpan Timeout);

    private static readonly ConcurrentDictionary<Key, CwLogsServiceClient> Clients = new();

    public static CwLogsServiceClient Get(ResolvedAwsContext context)
    {
        // The SDK reads these itself; keying on them keeps a changed environment from reusing a stale client.
        var environmentEndpoint = Environment.GetEnvironmentVariable("AWS_ENDPOINT_URL_CLOUDWATCH_LOGS") + "|" + Environment.GetEnvironmentVariable("AWS_ENDPOINT_URL");
        var key = new Key(context.CredentialIdentity, context.Region.SystemName, context.EndpointUrl, environmentEndpoint, context.Timeout);
        if (Clients.TryGetValue(key, out var client)) return client;
        if (Clients.Count >= MaxClients) Clients.Clear();
        return Clients.GetOrAdd(key, _ => Create(context));
    }

    private static CwLogsServiceClient Create(ResolvedAwsContext context)
    {
        SdkRuntimeDependencies.EnsureRegistered();
        // The signing region is always the resolved one: an endpoint from -EndpointUrl, the environment
        // or a profile must not make the SDK guess a region from the host name.
        // Timeout is per HTTP attempt; the SDK retries a timed-out attempt like any transient failure.
        var config = new CwLogsClientConfig { RegionEndpoint = context.Region, AuthenticationRegion = context.Region.SystemName, Timeout = context.Timeout };
        if (context.EndpointUrl is not null) config.ServiceURL = context.EndpointUrl;
        return new CwLogsServiceClient(context.Credentials, config);
    }
}
