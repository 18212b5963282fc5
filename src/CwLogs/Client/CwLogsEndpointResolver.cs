using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;
using Amazon.Util;

namespace CwLogs.Client;

/// <summary>
/// Pipeline handler that feeds the client's settings into <see cref="CwLogsEndpointProvider"/>.
/// </summary>
internal sealed class CwLogsEndpointResolver : BaseEndpointResolver
{
    protected override EndpointParameters MapEndpointsParameters(IRequestContext requestContext)
        => ParametersFor(requestContext.ClientConfig);

    /// <summary>The endpoint rules' inputs from a client's settings.</summary>
    public static EndpointParameters ParametersFor(IClientConfig config)
    {
        var parameters = new EndpointParameters
        {
            ["Region"] = config.RegionEndpoint?.SystemName,
            ["UseDualStack"] = config.UseDualstackEndpoint,
            ["UseFIPS"] = config.UseFIPSEndpoint,
            ["Endpoint"] = config.ServiceURL,
        };
        if (config.RegionEndpoint is null && !string.IsNullOrEmpty(config.ServiceURL))
        {
            parameters["Region"] = !string.IsNullOrEmpty(config.AuthenticationRegion)
                ? config.AuthenticationRegion
                : RegionEndpoint.GetBySystemName(AWSSDKUtils.DetermineRegion(config.ServiceURL)).SystemName;
        }
        return parameters;
    }
}
