using Amazon.Runtime;
using CwLogs.Infrastructure;
using CwLogs.Infrastructure.Credentials;
using CwLogs.Tests.Support;
using Xunit;

namespace CwLogs.Tests;

/// <summary>
/// The SDKs' service-specific endpoint rules, for the profile in use: -EndpointUrl;
/// AWS_ENDPOINT_URL_CLOUDWATCH_LOGS; AWS_ENDPOINT_URL; the selected profile's services section
/// (cloudwatch_logs endpoint_url); its endpoint_url; all but -EndpointUrl switched off by
/// AWS_IGNORE_CONFIGURED_ENDPOINT_URLS or the profile's ignore_configured_endpoint_urls.
/// </summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class EndpointResolutionTests : IDisposable
{
    private const string Parameter = "http://127.0.0.1:1001/";
    private const string ServiceVariable = "http://127.0.0.1:1002/";
    private const string GlobalVariable = "http://127.0.0.1:1003/";
    private const string DevServices = "http://127.0.0.1:1004/";
    private const string DevGlobal = "http://127.0.0.1:1005/";
    private const string DefaultServices = "http://127.0.0.1:1006/";
    private const string ProdGlobal = "http://127.0.0.1:1007/";

    private readonly ProcessEnvironment _env = new();

    public EndpointResolutionTests()
    {
        File.WriteAllText(_env.CredentialsFile, """
            [default]
            aws_access_key_id = AKIADEFAULTPROFILE01
            aws_secret_access_key = default-secret-0000000000000000000000001
            [dev]
            aws_access_key_id = AKIADEVPROFILE000002
            aws_secret_access_key = dev-secret-00000000000000000000000000002
            [prod]
            aws_access_key_id = AKIAPRODPROFILE00003
            aws_secret_access_key = prod-secret-0000000000000000000000000003
            [plain]
            aws_access_key_id = AKIAPLAINPROFILE0004
            aws_secret_access_key = plain-secret-000000000000000000000000004
            """);
        File.WriteAllText(_env.ConfigFile, $"""
            [default]
            region = us-east-2
            services = default-endpoints

            [profile dev]
            region = us-east-2
            services = dev-endpoints
            endpoint_url = {DevGlobal}

            [profile prod]
            region = us-east-2
            endpoint_url = {ProdGlobal}

            [profile plain]
            region = us-east-2

            [services default-endpoints]
            cloudwatch_logs =
              endpoint_url = {DefaultServices}

            [services dev-endpoints]
            cloudwatch_logs =
              endpoint_url = {DevServices}
            s3 =
              endpoint_url = http://127.0.0.1:9999/
            """);
    }

    public void Dispose() => _env.Dispose();

    private static ResolvedAwsContext Resolve(AwsParameterValues values, object? storedCredentials = null)
        => AwsContextResolver.Resolve(values, name => name == AwsContextResolver.StoredCredentialsVariable ? storedCredentials : null);

    private static string? WhereCallsGo(ResolvedAwsContext context) => ClientCache.Get(context).ResolveEndpoint().ToString();

    [Fact]
    public void TheSdkStillKeepsAServicesSectionWhereTheResolverReadsIt()
        => Assert.Equal(typeof(Dictionary<string, Dictionary<string, string>>), EndpointResolver.NestedProperties?.PropertyType);

    [Fact]
    public void ProfileNameUsesItsOwnServicesSection()
    {
        var context = Resolve(new AwsParameterValues { ProfileName = "dev" });

        Assert.Equal(DevServices, context.EndpointUrl);
        Assert.Equal("the services section 'dev-endpoints' of profile 'dev'", context.EndpointSource);
        Assert.Equal(DevServices, WhereCallsGo(context));
    }

    [Fact]
    public void ProfileNameNeverUsesTheDefaultProfilesServicesSection()
    {
        var context = Resolve(new AwsParameterValues { ProfileName = "prod" });

        Assert.Equal(ProdGlobal, context.EndpointUrl);
        Assert.Equal("the endpoint_url of profile 'prod'", context.EndpointSource);
        Assert.Equal(ProdGlobal, WhereCallsGo(context));
    }

    [Fact]
    public void ProfileWithoutEndpointsGoesToTheRegionalEndpoint()
    {
        var context = Resolve(new AwsParameterValues { ProfileName = "plain" });

        Assert.Null(context.EndpointUrl);
        Assert.Equal("https://logs.us-east-2.amazonaws.com/", WhereCallsGo(context));
    }

    [Fact]
    public void StoredProfileNameSelectsTheProfile()
    {
        var context = Resolve(new AwsParameterValues(), storedCredentials: "dev");

        Assert.Equal(DevServices, context.EndpointUrl);
    }

    [Fact]
    public void AwsProfileChosenByTheDefaultChainSelectsTheProfile()
    {
        _env.Set("AWS_PROFILE", "dev");

        Assert.Equal(DevServices, Resolve(new AwsParameterValues()).EndpointUrl);
    }

    [Fact]
    public void DefaultProfileChosenByTheDefaultChainSelectsTheProfile()
        => Assert.Equal(DefaultServices, Resolve(new AwsParameterValues()).EndpointUrl);

    [Fact]
    public void KeysFromElsewhereUseTheAwsProfileSettingsAsTheSdkDoes()
    {
        _env.Set("AWS_PROFILE", "prod");

        var context = Resolve(new AwsParameterValues { AccessKey = "AKIAKEYS000000000005", SecretKey = "keys-secret" });

        Assert.Equal(ProdGlobal, context.EndpointUrl);
    }

    [Fact]
    public void EnvironmentVariablesBeatTheProfileServiceSpecificFirst()
    {
        _env.Set("AWS_ENDPOINT_URL", GlobalVariable);
        Assert.Equal(GlobalVariable, Resolve(new AwsParameterValues { ProfileName = "dev" }).EndpointUrl);
        Assert.Equal("AWS_ENDPOINT_URL", Resolve(new AwsParameterValues { ProfileName = "dev" }).EndpointSource);

        _env.Set("AWS_ENDPOINT_URL_CLOUDWATCH_LOGS", ServiceVariable);
        Assert.Equal(ServiceVariable, Resolve(new AwsParameterValues { ProfileName = "dev" }).EndpointUrl);
        Assert.Equal("AWS_ENDPOINT_URL_CLOUDWATCH_LOGS", Resolve(new AwsParameterValues { ProfileName = "dev" }).EndpointSource);
    }

    [Fact]
    public void ParameterBeatsEverything()
    {
        _env.Set("AWS_ENDPOINT_URL_CLOUDWATCH_LOGS", ServiceVariable);
        _env.Set("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true");

        var context = Resolve(new AwsParameterValues { ProfileName = "dev", EndpointUrl = Parameter });

        Assert.Equal(Parameter, context.EndpointUrl);
        Assert.Equal("the -EndpointUrl parameter", context.EndpointSource);
    }

    [Fact]
    public void IgnoreVariableSwitchesOffEveryConfiguredEndpoint()
    {
        _env.Set("AWS_ENDPOINT_URL_CLOUDWATCH_LOGS", ServiceVariable);
        _env.Set("AWS_ENDPOINT_URL", GlobalVariable);
        _env.Set("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "TRUE");

        var context = Resolve(new AwsParameterValues { ProfileName = "dev" });

        Assert.Null(context.EndpointUrl);
        Assert.Equal("https://logs.us-east-2.amazonaws.com/", WhereCallsGo(context));
    }

    [Fact]
    public void ProfileIgnoreSettingSwitchesOffEveryConfiguredEndpoint()
    {
        File.AppendAllText(_env.ConfigFile, "\n[profile careful]\nregion = us-east-2\nendpoint_url = http://127.0.0.1:1008/\nignore_configured_endpoint_urls = true\n");
        File.AppendAllText(_env.CredentialsFile, "\n[careful]\naws_access_key_id = AKIACAREFUL000000006\naws_secret_access_key = careful-secret\n");
        _env.Set("AWS_ENDPOINT_URL", GlobalVariable);

        Assert.Null(Resolve(new AwsParameterValues { ProfileName = "careful" }).EndpointUrl);
    }

    [Fact]
    public void IgnoreVariableSetToFalseBeatsTheProfileSetting()
    {
        File.AppendAllText(_env.ConfigFile, "\n[profile careful]\nregion = us-east-2\nendpoint_url = http://127.0.0.1:1008/\nignore_configured_endpoint_urls = true\n");
        File.AppendAllText(_env.CredentialsFile, "\n[careful]\naws_access_key_id = AKIACAREFUL000000006\naws_secret_access_key = careful-secret\n");
        _env.Set("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "false");
        _env.Set("AWS_ENDPOINT_URL", GlobalVariable);

        var context = Resolve(new AwsParameterValues { ProfileName = "careful" });
        Assert.Equal("profile 'careful' (the -ProfileName parameter)", context.CredentialSource);
        Assert.Equal(GlobalVariable, context.EndpointUrl);
    }

    [Fact]
    public void ACachedClientNeverCarriesAnEndpointIntoAnotherContext()
    {
        // Get-CwLogGroup -ProfileName dev; $env:AWS_PROFILE = 'dev'; Get-CwLogGroup  ==  the second command in a fresh session.
        var first = Resolve(new AwsParameterValues { ProfileName = "dev" });
        Assert.Equal(DevServices, WhereCallsGo(first));

        _env.Set("AWS_PROFILE", "dev");
        var second = Resolve(new AwsParameterValues());

        Assert.Equal(DevServices, WhereCallsGo(second));
    }

    [Fact]
    public void ACachedRegionalClientIsNotReusedOnceAnEndpointIsConfigured()
    {
        var regional = Resolve(new AwsParameterValues { ProfileName = "plain" });
        Assert.Equal("https://logs.us-east-2.amazonaws.com/", WhereCallsGo(regional));

        File.WriteAllText(_env.ConfigFile, File.ReadAllText(_env.ConfigFile).Replace("[profile plain]", "[profile plain]\nendpoint_url = http://127.0.0.1:1009/"));
        File.SetLastWriteTimeUtc(_env.ConfigFile, DateTime.UtcNow.AddSeconds(5));

        Assert.Equal("http://127.0.0.1:1009/", WhereCallsGo(Resolve(new AwsParameterValues { ProfileName = "plain" })));
    }

    [Fact]
    public void TheSdkNeverPicksAnEndpointOnItsOwn()
    {
        // A client built for a context without an endpoint stays regional when the environment later names one.
        var regional = Resolve(new AwsParameterValues { ProfileName = "plain" });
        var client = ClientCache.Get(regional);

        _env.Set("AWS_ENDPOINT_URL_CLOUDWATCH_LOGS", ServiceVariable);

        Assert.Equal("https://logs.us-east-2.amazonaws.com/", client.ResolveEndpoint().ToString());
        Assert.Equal(ServiceVariable, WhereCallsGo(Resolve(new AwsParameterValues { ProfileName = "plain" })));
    }
}
