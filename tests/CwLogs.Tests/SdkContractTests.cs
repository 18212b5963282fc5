using System.Diagnostics;
using System.Net;
using System.Reflection;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using Amazon.Runtime.Credentials;
using Amazon.Runtime.Credentials.Internal;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Auth;
using Amazon.Runtime.Internal.Transform;
using Amazon.RuntimeDependencies;
using CwLogs.Client;
using Xunit;
using static Amazon.Runtime.Internal.Endpoints.StandardLibrary.Fn;

namespace CwLogs.Tests;

/// <summary>
/// The AWSSDK.Core pieces CwLogs builds its client on (many of them in Amazon.Runtime.Internal,
/// which carries no compatibility promise). An SDK update that moves or reshapes one fails here
/// with a message naming what CwLogs needs, instead of somewhere deep in a call.
/// </summary>
public sealed class SdkContractTests
{
    private const BindingFlags AnyInstance = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance;
    private static readonly Assembly Core = typeof(ClientConfig).Assembly;

    private static MethodInfo RequireMethod(Type type, string name, BindingFlags flags, params Type[] parameters)
    {
        var method = type.GetMethod(name, flags, null, parameters, null);
        Assert.True(method is not null,
            $"AWSSDK.Core {Core.GetName().Version}: {type.FullName}.{name}({string.Join(", ", parameters.Select(p => p.Name))}) is gone; CwLogs' client depends on it.");
        return method!;
    }

    [Fact]
    public void CoreIsVersion4Point1()
    {
        var fileVersion = FileVersionInfo.GetVersionInfo(Core.Location).FileVersion;
        Assert.True(Version.TryParse(fileVersion, out var version), $"AWSSDK.Core has an unreadable file version '{fileVersion}'.");
        Assert.True(version >= new Version(4, 1) && version < new Version(4, 2),
            $"AWSSDK.Core {version} is loaded; CwLogs is built and tested against 4.1.x. Re-run these contract tests' reasoning before widening the range.");
        Assert.Equal(4, Core.GetName().Version!.Major);
    }

    [Fact]
    public void ClientConfigServiceIdIsSettableFromTheSubclass()
    {
        var property = typeof(ClientConfig).GetProperty(nameof(ClientConfig.ServiceId), AnyInstance);
        Assert.True(property?.SetMethod is { } setter && (setter.IsPublic || setter.IsFamily),
            "ClientConfig.ServiceId can no longer be set by a subclass; AWS_ENDPOINT_URL_CLOUDWATCH_LOGS would stop working.");

        var config = new CwLogsClientConfig();
        Assert.Equal("CloudWatch Logs", config.ServiceId);
        Assert.Equal("logs", config.AuthenticationServiceName);
        Assert.Equal("logs", config.RegionEndpointServiceName);
        Assert.IsType<CwLogsEndpointProvider>(config.EndpointProvider);
    }

    [Fact]
    public void ClientConfigStillTakesADefaultConfigurationProvider()
    {
        var constructor = typeof(ClientConfig).GetConstructor(AnyInstance, null, new[] { typeof(IDefaultConfigurationProvider) }, null);
        Assert.True(constructor is { IsFamily: true } or { IsPublic: true }, "ClientConfig(IDefaultConfigurationProvider) is gone.");
    }

    [Fact]
    public void BaseAuthResolverHandlerStillAsksForAuthOptions()
    {
        var method = RequireMethod(typeof(BaseAuthResolverHandler), "ResolveAuthOptions", AnyInstance, typeof(IExecutionContext));
        Assert.True(method.IsAbstract);
        Assert.Equal(typeof(List<IAuthSchemeOption>), method.ReturnType);
        Assert.True(typeof(BaseAuthResolverHandler).IsAssignableFrom(typeof(CwLogsAuthSchemeHandler)));
    }

    [Fact]
    public void DefaultSigV4AuthOptionIsSigV4()
    {
        var option = Assert.Single(AuthSchemeOption.DEFAULT_SIGV4);
        Assert.Equal("aws.auth#sigv4", option.SchemeId);
    }

    [Fact]
    public void BaseEndpointResolverStillMapsParametersFromTheRequestContext()
    {
        var map = RequireMethod(typeof(BaseEndpointResolver), "MapEndpointsParameters", AnyInstance, typeof(IRequestContext));
        Assert.True(map.IsVirtual && (map.IsFamily || map.IsPublic));
        Assert.Equal(typeof(EndpointParameters), map.ReturnType);
        RequireMethod(typeof(BaseEndpointResolver), "GetEndpoint", AnyInstance, typeof(IExecutionContext));
    }

    [Fact]
    public void PipelineHooksStillExist()
    {
        RequireMethod(typeof(AmazonServiceClient), "CustomizeRuntimePipeline", AnyInstance, typeof(RuntimePipeline));
        Assert.Contains(typeof(AmazonServiceClient).GetMethods(AnyInstance),
            m => m.Name == "InvokeAsync" && m.IsGenericMethodDefinition
                 && m.GetParameters().Select(p => p.ParameterType).SequenceEqual(new[] { typeof(AmazonWebServiceRequest), typeof(InvokeOptionsBase), typeof(CancellationToken) }));
        Assert.True(typeof(InvokeOptionsBase).IsAssignableFrom(typeof(InvokeOptions)));
        Assert.True(typeof(PipelineHandler).IsAssignableFrom(typeof(EndpointResolver)));
        Assert.True(typeof(PipelineHandler).IsAssignableFrom(typeof(Marshaller)));
    }

    [Theory]
    [InlineData("us-east-2", "amazonaws.com", "api.aws")]
    [InlineData("cn-north-1", "amazonaws.com.cn", "api.amazonwebservices.com.cn")]
    [InlineData("us-gov-west-1", "amazonaws.com", "api.aws")]
    public void PartitionTableGivesTheDnsSuffixes(string region, string dnsSuffix, string dualStackDnsSuffix)
    {
        var partition = Partition(region);

        Assert.NotNull(partition);
        Assert.Equal(dnsSuffix, GetAttr(partition, "dnsSuffix"));
        Assert.Equal(dualStackDnsSuffix, GetAttr(partition, "dualStackDnsSuffix"));
        Assert.Equal(true, GetAttr(partition, "supportsFIPS"));
        Assert.Equal(true, GetAttr(partition, "supportsDualStack"));
    }

    [Fact]
    public void DefaultChainPiecesExist()
    {
        // CwLogs walks the default chain itself on every command (the SDK's caches what it saw first).
        var webIdentity = RequireMethod(typeof(AssumeRoleWithWebIdentityCredentials), "FromEnvironmentVariables", BindingFlags.Public | BindingFlags.Static);
        Assert.True(typeof(AWSCredentials).IsAssignableFrom(webIdentity.ReturnType));
        Assert.NotNull(typeof(GenericContainerCredentials).GetConstructor(Type.EmptyTypes));
        Assert.NotNull(typeof(InstanceProfileAWSCredentials).GetConstructor(Type.EmptyTypes));
        Assert.Equal(typeof(Amazon.RegionEndpoint), typeof(Amazon.Util.EC2InstanceMetadata).GetProperty("Region", BindingFlags.Public | BindingFlags.Static)?.PropertyType);
        foreach (var option in new[] { "SsoSession", "SsoStartUrl", "SsoAccountId", "SsoRoleName", "RoleArn", "SourceProfile", "CredentialSource", "CredentialProcess", "WebIdentityTokenFile" })
            Assert.True(typeof(CredentialProfileOptions).GetProperty(option) is not null, $"CredentialProfileOptions.{option} is gone; -Verbose and credential remedies read it.");
    }

    [Fact]
    public void RetryHandlerCanHaveAHandlerInsideIt()
    {
        // AttemptObserverHandler goes right inside RetryHandler to see every attempt.
        Assert.True(typeof(PipelineHandler).IsAssignableFrom(typeof(RetryHandler)));
        RequireMethod(typeof(RuntimePipeline), "AddHandlerAfter", BindingFlags.Public | BindingFlags.Instance, typeof(IPipelineHandler))
            .MakeGenericMethod(typeof(RetryHandler));
    }

    [Fact]
    public void ProfileStoreChainLookupsExist()
    {
        RequireMethod(typeof(CredentialProfileStoreChain), "TryGetProfile", BindingFlags.Public | BindingFlags.Instance,
            typeof(string), typeof(CredentialProfile).MakeByRefType());
        RequireMethod(typeof(CredentialProfileStoreChain), "TryGetAWSCredentials", BindingFlags.Public | BindingFlags.Instance,
            typeof(string), typeof(AWSCredentials).MakeByRefType());
    }

    [Fact]
    public void RuntimeDependencyRegistryTakesSsoFactories()
    {
        Assert.NotNull(GlobalRuntimeDependencyRegistry.Instance);
        RequireMethod(typeof(GlobalRuntimeDependencyRegistry), "RegisterSSOClient", BindingFlags.Public | BindingFlags.Instance, typeof(RuntimeDependencyFactory));
        RequireMethod(typeof(GlobalRuntimeDependencyRegistry), "RegisterSSOOIDCClient", BindingFlags.Public | BindingFlags.Instance, typeof(RuntimeDependencyFactory));
    }

    [Fact]
    public void JsonResponseUnmarshallerHasExactlyTheAbstractMembersCwLogsImplements()
    {
        var abstracts = typeof(JsonResponseUnmarshaller).GetMethods(AnyInstance)
            .Where(m => m.IsAbstract)
            .Select(m => $"{m.Name}({string.Join(",", m.GetParameters().Select(p => p.ParameterType.Name))})")
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToList();

        Assert.Equal(new[]
        {
            "Unmarshall(JsonUnmarshallerContext)",
            "UnmarshallException(JsonUnmarshallerContext,Exception,HttpStatusCode)",
        }, abstracts);
    }

    [Fact]
    public void ServiceExceptionConstructorCwLogsUsesExists()
    {
        var constructor = typeof(AmazonServiceException).GetConstructor(new[]
        {
            typeof(string), typeof(Exception), typeof(ErrorType), typeof(string), typeof(string), typeof(HttpStatusCode),
        });
        Assert.NotNull(constructor);
    }
}
