using System.Collections.Concurrent;
using CwLogs.Client;
using CwLogs.Infrastructure.Credentials;

namespace CwLogs.Infrastructure;

/// <summary>
/// One client per (credentials, region, endpoint and its source, timeout) for the life of the session: HTTP
/// connections, retry state and refreshed credentials are reused instead of being rebuilt per cmdlet or record.
/// The key holds everything that decides where a call goes, so a client is never reused for another destination.
/// </summary>
internal static class ClientCache
{
    private const int MaxClients = 64;

    private sealed record Key(object CredentialIdentity, string Region, string? Endpoint, string? EndpointSource, TimeSpan Timeout);

    private static readonly ConcurrentDictionary<Key, CwLogsServiceClient> Clients = new();

    public static CwLogsServiceClient Get(ResolvedAwsContext context)
    {
        var key = new Key(context.CredentialIdentity, context.Region.SystemName, context.EndpointUrl, context.EndpointSource, context.Timeout);
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
        // The endpoint is the resolved one or none: the SDK would otherwise read configured endpoints itself, once
        // per client and for AWS_PROFILE, whichever profile this context uses (EndpointResolver reads them instead).
        var config = new CwLogsClientConfig
        {
            RegionEndpoint = context.Region,
            AuthenticationRegion = context.Region.SystemName,
            Timeout = context.Timeout,
            IgnoreConfiguredEndpointUrls = true,
        };
        if (context.EndpointUrl is not null) config.ServiceURL = context.EndpointUrl;
        return new CwLogsServiceClient(context.Credentials, config);
    }
}
