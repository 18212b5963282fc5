using System.Management.Automation;
using Amazon;
using Amazon.Runtime;
using CwLogs.Infrastructure.Credentials;
using CwLogs.Tests.Support;
using Xunit;

namespace CwLogs.Tests;

/// <summary>
/// AwsContextResolver's region order: -Region; the region of the profile that supplied the
/// credentials (also AWS_PROFILE or the default profile through the default chain);
/// $StoredAWSRegion; AWS_REGION; AWS_DEFAULT_REGION; the AWS_PROFILE or default profile's region;
/// then us-east-1 only for a custom -EndpointUrl. The environment is read on every resolution.
/// </summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class RegionResolutionTests : IDisposable
{
    private readonly ProcessEnvironment _env = new();
    private readonly string _profiles;
    private readonly AWSCredentials _keys = new BasicAWSCredentials("AKIAREGIONTESTS00001", "region-secret-000000000000000000000000001");

    public RegionResolutionTests()
    {
        _profiles = _env.WriteFile("profiles.ini", """
            [west]
            aws_access_key_id = AKIAPROFILEWEST00001
            aws_secret_access_key = west-secret-00000000000000000000000000001
            region = eu-west-1

            [noregion]
            aws_access_key_id = AKIAPROFILENOREGION1
            aws_secret_access_key = noregion-secret-000000000000000000000001
            """);
    }

    public void Dispose() => _env.Dispose();

    /// <summary>A region object from another SDK copy, as AWS.Tools' Set-DefaultAWSRegion leaves it.</summary>
    private sealed class ForeignRegionEndpoint
    {
        public ForeignRegionEndpoint(string systemName) => SystemName = systemName;

        public string SystemName { get; }
    }

    private static ResolvedAwsContext Resolve(AwsParameterValues values, object? storedRegion = null, object? storedCredentials = null)
        => AwsContextResolver.Resolve(values, name => name switch
        {
            AwsContextResolver.StoredRegionVariable => storedRegion,
            AwsContextResolver.StoredCredentialsVariable => storedCredentials,
            _ => null,
        });

    [Fact]
    public void RegionParameterBeatsTheProfileRegion()
    {
        _env.Set("AWS_REGION", "ap-south-1");

        var context = Resolve(new AwsParameterValues { Region = "us-west-2", ProfileName = "west", ProfileLocation = _profiles }, storedRegion: "sa-east-1");

        Assert.Equal(RegionEndpoint.USWest2, context.Region);
        Assert.Equal("the -Region parameter", context.RegionSource);
    }

    [Fact]
    public void ProfileRegionBeatsStoredRegion()
    {
        var context = Resolve(new AwsParameterValues { ProfileName = "west", ProfileLocation = _profiles }, storedRegion: "sa-east-1");

        Assert.Equal(RegionEndpoint.EUWest1, context.Region);
        Assert.StartsWith("the profile 'west'", context.RegionSource);
    }

    [Fact]
    public void StoredProfileNameBringsItsRegion()
    {
        var context = Resolve(new AwsParameterValues { ProfileLocation = _profiles }, storedCredentials: "west");

        Assert.Equal(RegionEndpoint.EUWest1, context.Region);
    }

    [Fact]
    public void StoredRegionStringBeatsTheEnvironment()
    {
        _env.Set("AWS_REGION", "ap-south-1");

        var context = Resolve(new AwsParameterValues { ProfileName = "noregion", ProfileLocation = _profiles }, storedRegion: PSObject.AsPSObject("sa-east-1"));

        Assert.Equal(RegionEndpoint.SAEast1, context.Region);
        Assert.Equal("$StoredAWSRegion", context.RegionSource);
    }

    [Fact]
    public void StoredRegionObjectIsReadThroughSystemName()
    {
        var context = Resolve(new AwsParameterValues { Credential = _keys }, storedRegion: new ForeignRegionEndpoint("ap-northeast-1"));

        Assert.Equal(RegionEndpoint.APNortheast1, context.Region);
        Assert.Equal("$StoredAWSRegion", context.RegionSource);
    }

    [Fact]
    public void StoredSdkRegionEndpointIsAccepted()
    {
        var context = Resolve(new AwsParameterValues { Credential = _keys }, storedRegion: PSObject.AsPSObject(RegionEndpoint.CACentral1));

        Assert.Equal(RegionEndpoint.CACentral1, context.Region);
    }

    [Fact]
    public void AwsRegionEnvironmentVariableIsTheSdkFallback()
    {
        _env.Set("AWS_REGION", "ap-southeast-2");

        var context = Resolve(new AwsParameterValues { Credential = _keys });

        Assert.Equal(RegionEndpoint.APSoutheast2, context.Region);
        Assert.Equal("the AWS_REGION environment variable", context.RegionSource);
    }

    [Fact]
    public void AwsDefaultRegionEnvironmentVariableIsRead()
    {
        _env.Set("AWS_DEFAULT_REGION", "eu-central-1");

        var context = Resolve(new AwsParameterValues { Credential = _keys });

        Assert.Equal(RegionEndpoint.EUCentral1, context.Region);
        Assert.Equal("the AWS_DEFAULT_REGION environment variable", context.RegionSource);
    }

    [Fact]
    public void AwsRegionBeatsAwsDefaultRegion()
    {
        _env.Set("AWS_DEFAULT_REGION", "eu-central-1");
        _env.Set("AWS_REGION", "ap-southeast-2");

        Assert.Equal(RegionEndpoint.APSoutheast2, Resolve(new AwsParameterValues { Credential = _keys }).Region);
    }

    [Fact]
    public void AwsRegionChangedInTheSessionIsSeenByTheNextCommand()
    {
        _env.Set("AWS_REGION", "ap-southeast-2");
        Assert.Equal(RegionEndpoint.APSoutheast2, Resolve(new AwsParameterValues { Credential = _keys }).Region);

        _env.Set("AWS_REGION", "ca-central-1");

        Assert.Equal(RegionEndpoint.CACentral1, Resolve(new AwsParameterValues { Credential = _keys }).Region);
    }

    [Fact]
    public void AwsProfileChangedInTheSessionBringsItsOwnKeysAndRegion()
    {
        File.WriteAllText(_env.CredentialsFile, """
            [first]
            aws_access_key_id = AKIAFIRSTPROFILE0001
            aws_secret_access_key = first-secret-0000000000000000000000000001
            region = eu-west-1

            [second]
            aws_access_key_id = AKIASECONDPROFILE001
            aws_secret_access_key = second-secret-000000000000000000000000001
            region = ap-northeast-1
            """);
        _env.Set("AWS_PROFILE", "first");
        var first = Resolve(new AwsParameterValues());
        Assert.Equal("AKIAFIRSTPROFILE0001", first.Credentials.GetCredentials().AccessKey);
        Assert.Equal(RegionEndpoint.EUWest1, first.Region);

        _env.Set("AWS_PROFILE", "second");
        var second = Resolve(new AwsParameterValues());

        Assert.Equal("AKIASECONDPROFILE001", second.Credentials.GetCredentials().AccessKey);
        Assert.Equal(RegionEndpoint.APNortheast1, second.Region);
        Assert.Contains("'second'", second.RegionSource);
    }

    [Fact]
    public void RegionOfTheDefaultChainProfileGoesWithItsCredentials()
    {
        File.WriteAllText(_env.CredentialsFile, """
            [ops]
            aws_access_key_id = AKIAOPSPROFILE000001
            aws_secret_access_key = ops-secret-000000000000000000000000000001
            region = eu-west-1
            """);
        _env.Set("AWS_PROFILE", "ops");
        _env.Set("AWS_REGION", "ap-south-1");

        var context = Resolve(new AwsParameterValues(), storedRegion: null);

        Assert.Equal(RegionEndpoint.EUWest1, context.Region);
    }

    [Fact]
    public void EnvironmentKeysTakeTheEnvironmentRegionBeforeTheProfileRegion()
    {
        File.WriteAllText(_env.CredentialsFile, """
            [default]
            region = eu-west-1
            """);
        _env.Set("AWS_ACCESS_KEY_ID", "AKIAENVKEYSREGION001");
        _env.Set("AWS_SECRET_ACCESS_KEY", "env-secret-region-0000000000000000000001");
        Assert.Equal(RegionEndpoint.EUWest1, Resolve(new AwsParameterValues()).Region);

        _env.Set("AWS_DEFAULT_REGION", "us-west-1");

        Assert.Equal(RegionEndpoint.USWest1, Resolve(new AwsParameterValues()).Region);
    }

    [Fact]
    public void DefaultProfileRegionInTheConfigFileIsTheSdkFallback()
    {
        File.WriteAllText(_env.ConfigFile, """
            [default]
            region = eu-north-1
            """);

        var context = Resolve(new AwsParameterValues { Credential = _keys });

        Assert.Equal(RegionEndpoint.EUNorth1, context.Region);
        Assert.Contains("'default'", context.RegionSource);
    }

    [Fact]
    public void CustomEndpointWithoutAnyRegionSignsForUsEast1()
    {
        var context = Resolve(new AwsParameterValues { Credential = _keys, EndpointUrl = "http://127.0.0.1:4566" });

        Assert.Equal(RegionEndpoint.USEast1, context.Region);
        Assert.Equal("http://127.0.0.1:4566", context.EndpointUrl);
        Assert.Contains("custom endpoint", context.RegionSource);
    }

    [Fact]
    public void NoRegionAnywhereIsAnError()
    {
        var error = Assert.Throws<ArgumentException>(() => Resolve(new AwsParameterValues { Credential = _keys }));

        Assert.Contains("-Region", error.Message);
    }

    [Fact]
    public void EmptyEndpointUrlMeansNone()
        => Assert.Null(Resolve(new AwsParameterValues { Credential = _keys, Region = "us-east-2", EndpointUrl = "" }).EndpointUrl);
}
