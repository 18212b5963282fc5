using System.Security.Cryptography;
using System.Text.Json;
using Amazon;
using Amazon.Runtime;
using CwLogs.Client;
using CwLogs.Client.Operations;

namespace CwLogs.Infrastructure.Startup;

/// <summary>
/// Started by CwLogs.psm1 as the last step of Import-Module: on a thread-pool thread it does the one-time work every first call pays — the SDK's client and configuration types, the
/// JSON metadata of the common operations, the crypto library SigV4 signs with — so the user's first command,
/// typed or the next line of a script, finds it done or under way on another core. It touches no network,
/// no cache that commands use, and nothing it does can fail a command or write to the session.
/// </summary>
public static class ModuleWarmUp
{
    private static int _started;

    /// <summary>
    /// Returns at once. Called last so that it does not compete with the import itself (PowerShell rebuilds its
    /// format database then), only with whatever the session does next.
    /// </summary>
    public static void Start()
    {
        if (Interlocked.Exchange(ref _started, 1) == 0) Task.Run(WarmUp);
    }

    private static void WarmUp()
    {
        try
        {
            WarmJson();
            WarmCrypto();
            WarmClient();
        }
        catch (Exception)
        {
            // Only ever a head start: whatever failed here, the first call does itself and reports properly.
        }
    }

    private static void WarmJson()
    {
        _ = JsonSerializer.SerializeToUtf8Bytes(new DescribeLogGroupsRequest { Limit = 1 }, CwLogsOperations.DescribeLogGroups.RequestType);
        _ = CwLogsOperations.DescribeLogGroups.Unmarshaller;
        _ = CwLogsOperations.DescribeLogStreams.Unmarshaller;
        _ = CwLogsOperations.GetLogEvents.Unmarshaller;
        _ = CwLogsOperations.FilterLogEvents.Unmarshaller;
        _ = CwLogsOperations.PutLogEvents.RequestType;
    }

    private static void WarmCrypto()
    {
        var key = new byte[32];
        _ = HMACSHA256.HashData(key, key);
        _ = SHA256.HashData(key);
    }

    private static void WarmClient()
    {
        // A client that is never used: building one loads and initializes the SDK's pipeline, retry and
        // configuration types (which read the environment and the config file, as any client does).
        var config = new CwLogsClientConfig { RegionEndpoint = RegionEndpoint.USEast1, ServiceURL = "http://127.0.0.1:9" };
        using var client = new CwLogsServiceClient(new BasicAWSCredentials("warm-up", "warm-up"), config);
        _ = client.ResolveEndpoint();
    }
}
