using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using CwLogs.Client;
using CwLogs.Client.Operations;
using CwLogs.Client.Protocol;
using Xunit;

namespace CwLogs.Tests;

/// <summary>The CloudWatch Logs endpoint rules, directly and through the client configuration.</summary>
public sealed class EndpointProviderTests
{
    private static string Resolve(string? region, bool fips = false, bool dualStack = false, string? endpoint = null)
        => new CwLogsEndpointProvider().ResolveEndpoint(new EndpointParameters
        {
            ["Region"] = region,
            ["UseFIPS"] = fips,
            ["UseDualStack"] = dualStack,
            ["Endpoint"] = endpoint,
        }).URL;

    [Theory]
    [InlineData("us-east-2", "https://logs.us-east-2.amazonaws.com")]
    [InlineData("eu-west-1", "https://logs.eu-west-1.amazonaws.com")]
    [InlineData("cn-north-1", "https://logs.cn-north-1.amazonaws.com.cn")]
    [InlineData("us-gov-west-1", "https://logs.us-gov-west-1.amazonaws.com")]
    public void RegionalEndpointUsesThePartitionsDnsSuffix(string region, string expected)
        => Assert.Equal(expected, Resolve(region));

    [Theory]
    [InlineData("us-east-2", "https://logs-fips.us-east-2.amazonaws.com")]
    [InlineData("ca-central-1", "https://logs-fips.ca-central-1.amazonaws.com")]
    public void FipsUsesTheLogsFipsHost(string region, string expected)
        => Assert.Equal(expected, Resolve(region, fips: true));

    [Theory]
    [InlineData("us-gov-west-1")]
    [InlineData("us-gov-east-1")]
    public void GovCloudFipsIsThePlainRegionalHost(string region)
        => Assert.Equal($"https://logs.{region}.amazonaws.com", Resolve(region, fips: true));

    [Fact]
    public void DualStackUsesTheApiAwsSuffix()
        => Assert.Equal("https://logs.us-east-2.api.aws", Resolve("us-east-2", dualStack: true));

    [Fact]
    public void FipsAndDualStackTogether()
        => Assert.Equal("https://logs-fips.us-east-2.api.aws", Resolve("us-east-2", fips: true, dualStack: true));

    [Fact]
    public void CustomEndpointWinsOverTheRegion()
        => Assert.Equal("http://127.0.0.1:4566", Resolve("us-east-2", endpoint: "http://127.0.0.1:4566"));

    [Fact]
    public void CustomEndpointNeedsNoRegion()
        => Assert.Equal("http://localhost:1234/", Resolve(null, endpoint: "http://localhost:1234/"));

    [Fact]
    public void FipsWithACustomEndpointIsRejected()
    {
        var error = Assert.Throws<AmazonClientException>(() => Resolve("us-east-2", fips: true, endpoint: "http://127.0.0.1:4566"));
        Assert.Contains("FIPS", error.Message);
    }

    [Fact]
    public void DualStackWithACustomEndpointIsRejected()
    {
        var error = Assert.Throws<AmazonClientException>(() => Resolve("us-east-2", dualStack: true, endpoint: "http://127.0.0.1:4566"));
        Assert.Contains("Dualstack", error.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void MissingRegionIsRejected(string? region)
    {
        var error = Assert.Throws<AmazonClientException>(() => Resolve(region));
        Assert.Contains("Region", error.Message);
    }

    [Fact]
    public void NullParametersAreRejected()
        => Assert.Throws<ArgumentNullException>(() => new CwLogsEndpointProvider().ResolveEndpoint(null!));

    // Through the SDK pipeline's own question: where would this operation go?
    private static string Determine(CwLogsClientConfig config)
    {
        var request = new OperationRequest<DescribeLogGroupsRequest>(
            "DescribeLogGroups", new DescribeLogGroupsRequest(), CwLogsJsonContext.Default.DescribeLogGroupsRequest);
        return config.DetermineServiceOperationEndpoint(new ServiceOperationEndpointParameters(request)).URL.TrimEnd('/');
    }

    [Fact]
    public void ConfigRegionResolvesToTheRegionalHost()
        => Assert.Equal("https://logs.us-east-2.amazonaws.com", Determine(new CwLogsClientConfig { RegionEndpoint = RegionEndpoint.USEast2 }));

    [Fact]
    public void ConfigFipsFlagReachesTheProvider()
        => Assert.Equal("https://logs-fips.us-west-2.amazonaws.com",
            Determine(new CwLogsClientConfig { RegionEndpoint = RegionEndpoint.USWest2, UseFIPSEndpoint = true }));

    [Fact]
    public void ConfigDualStackFlagReachesTheProvider()
        => Assert.Equal("https://logs.eu-central-1.api.aws",
            Determine(new CwLogsClientConfig { RegionEndpoint = RegionEndpoint.EUCentral1, UseDualstackEndpoint = true }));

    [Fact]
    public void ConfigChinaRegionResolvesToTheChinaSuffix()
        => Assert.Equal("https://logs.cn-north-1.amazonaws.com.cn", Determine(new CwLogsClientConfig { RegionEndpoint = RegionEndpoint.CNNorth1 }));

    [Fact]
    public void ConfigServiceUrlWinsWithTheAuthenticationRegion()
    {
        var config = new CwLogsClientConfig { ServiceURL = "http://127.0.0.1:4566", AuthenticationRegion = "us-east-2" };

        Assert.Equal("http://127.0.0.1:4566", Determine(config));
    }

    [Fact]
    public void ConfigServiceUrlWithFipsIsRejected()
    {
        var config = new CwLogsClientConfig { ServiceURL = "http://127.0.0.1:4566", AuthenticationRegion = "us-east-2", UseFIPSEndpoint = true };

        Assert.Throws<AmazonClientException>(() => Determine(config));
    }
}
