using Amazon;
using Amazon.Runtime;
using Amazon.RuntimeDependencies;
using Amazon.SSO;
using Amazon.SSOOIDC;

namespace CwLogs.Infrastructure;

/// <summary>
/// Tells AWSSDK.Core how to build the SSO and SSO-OIDC clients that SSO profiles need, instead of
/// leaving it to find them by reflection. STS is deliberately not registered: the registry's
/// factory context carries no source credentials, and role_arn profiles need the STS client signed
/// with them, which the SDK's own fallback does (it loads AWSSDK.SecurityToken from this module's
/// load context, where it ships).
/// </summary>
internal static class SdkRuntimeDependencies
{
    private static int _registered;

    public static void EnsureRegistered()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 1) return;
        var registry = GlobalRuntimeDependencyRegistry.Instance;
        registry.RegisterSSOClient(context => new AmazonSSOClient(
            new AnonymousAWSCredentials(),
            new AmazonSSOConfig { RegionEndpoint = context.SSOClientContextData?.Region ?? RegionEndpoint.USEast1 }));
        registry.RegisterSSOOIDCClient(context => new AmazonSSOOIDCClient(
            new AnonymousAWSCredentials(),
            new AmazonSSOOIDCConfig { RegionEndpoint = context.SSOOIDCClientContextData?.Region ?? RegionEndpoint.USEast1 }));
    }
}
