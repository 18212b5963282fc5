using Amazon;
using Amazon.Runtime;
using CwLogs.Infrastructure;
using CwLogs.Infrastructure.Credentials;
using CwLogs.Tests.Support;
using Xunit;

namespace CwLogs.Tests;

/// <summary>One client per (credentials, region, endpoint and its source, timeout) for the session.</summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class ClientCacheTests : IDisposable
{
    private readonly ProcessEnvironment _env = new();
    private readonly AWSCredentials _keys = new BasicAWSCredentials("AKIACLIENTCACHE00001", "cache-secret-00000000000000000000000000001");

    public void Dispose() => _env.Dispose();

    // A fresh identity per test keeps tests independent of clients cached by earlier ones.
    private ResolvedAwsContext Context(object identity, string region = "us-east-2", string? endpoint = null)
        => new(_keys, identity, "test", RegionEndpoint.GetBySystemName(region), "test", endpoint);

    [Fact]
    public void SameContextGetsTheSameClient()
    {
        var identity = new object();

        Assert.Same(ClientCache.Get(Context(identity)), ClientCache.Get(Context(identity)));
    }

    [Fact]
    public void EqualIdentitiesShareAClient()
    {
        var first = "keys:cache-test:" + Guid.NewGuid();
        var second = new string(first.AsSpan());

        Assert.NotSame(first, second);
        Assert.Same(ClientCache.Get(Context(first)), ClientCache.Get(Context(second)));
    }

    [Fact]
    public void DifferentCredentialsRegionOrEndpointGetDifferentClients()
    {
        var identity = new object();
        var client = ClientCache.Get(Context(identity));

        Assert.NotSame(client, ClientCache.Get(Context(new object())));
        Assert.NotSame(client, ClientCache.Get(Context(identity, region: "eu-west-1")));
        Assert.NotSame(client, ClientCache.Get(Context(identity, endpoint: "http://127.0.0.1:4566")));
    }

    [Fact]
    public void EndpointSourceIsPartOfTheKey()
    {
        var identity = new object();
        var fromParameter = Context(identity, endpoint: "http://127.0.0.1:4566") with { EndpointSource = "the -EndpointUrl parameter" };
        var fromProfile = fromParameter with { EndpointSource = "the endpoint_url of profile 'dev'" };

        Assert.NotSame(ClientCache.Get(fromParameter), ClientCache.Get(fromProfile));
    }

    [Fact]
    public void TheEnvironmentNeverRedirectsACachedClient()
    {
        // The resolver reads the environment on every command; the SDK must not read it again on its own.
        _env.Set("AWS_ENDPOINT_URL_CLOUDWATCH_LOGS", "http://127.0.0.1:4566");

        var client = ClientCache.Get(Context(new object()));

        Assert.Null(client.Config.ServiceURL);
        Assert.Equal("https://logs.us-east-2.amazonaws.com/", client.ResolveEndpoint().ToString());
    }

    [Fact]
    public void RegionalClientIsConfiguredForItsRegion()
    {
        var client = ClientCache.Get(Context(new object(), region: "ap-southeast-2"));

        Assert.Equal(RegionEndpoint.APSoutheast2, client.Config.RegionEndpoint);
        Assert.Null(client.Config.ServiceURL);
    }

    [Fact]
    public void EndpointClientSignsForTheResolvedRegion()
    {
        var client = ClientCache.Get(Context(new object(), region: "eu-central-1", endpoint: "http://127.0.0.1:4566"));

        Assert.Equal("http://127.0.0.1:4566/", client.Config.ServiceURL);
        Assert.Equal("eu-central-1", client.Config.AuthenticationRegion);
    }

    [Fact]
    public void TimeoutIsPartOfTheKeyAndReachesTheClient()
    {
        var identity = new object();
        var thirty = ClientCache.Get(Context(identity));
        var five = ClientCache.Get(Context(identity) with { Timeout = TimeSpan.FromSeconds(5) });

        Assert.NotSame(thirty, five);
        Assert.Equal(TimeSpan.FromSeconds(30), thirty.Config.Timeout);
        Assert.Equal(TimeSpan.FromSeconds(5), five.Config.Timeout);
    }
}
