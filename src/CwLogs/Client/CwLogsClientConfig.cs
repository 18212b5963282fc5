using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using System.Collections.Generic;
using Amazon.Runtime.Internal;

namespace CwLogs.Client;

/// <summary>
/// Client configuration for CloudWatch Logs. The ServiceId is what makes the SDK honour
/// AWS_ENDPOINT_URL_CLOUDWATCH_LOGS and the profile's [services] endpoint_url.
/// </summary>
public sealed class CwLogsClientConfig : ClientConfig
{
    public const string CloudWatchLogsServiceId = "CloudWatch Logs";
    public const string SigningName = "logs";
    public const string ApiVersion = "2014-03-28";

    public CwLogsClientConfig()
        : base(new DefaultConfigurationProvider(CwLogsDefaultConfigurations.All()))
    {
        ServiceId = CloudWatchLogsServiceId;
        AuthenticationServiceName = SigningName;
        EndpointProvider = new CwLogsEndpointProvider();
    }

    /// <summary>
    /// Retries of a throttled read (Describe*, Get*, List*, Filter*) in the standard retry mode, with the SDK's
    /// back-off (up to 20 s each, about a minute in all on average). Other failures keep MaxErrorRetry.
    /// </summary>
    public int ReadThrottlingRetries { get; set; } = 10;

    public override string RegionEndpointServiceName => SigningName;

    public override string ServiceVersion => ApiVersion;

    /// <summary>The endpoint an operation would go to, without sending it (the SDK asks this for presigning and tests).</summary>
    public override Endpoint DetermineServiceOperationEndpoint(ServiceOperationEndpointParameters parameters)
    {
        var requestContext = new RequestContext(false)
        {
            ClientConfig = this,
            OriginalRequest = parameters.Request,
            Request = new DefaultRequest(parameters.Request, "CloudWatchLogs") { AlternateEndpoint = parameters.AlternateEndpoint },
        };
        return new CwLogsEndpointResolver().GetEndpoint(new Amazon.Runtime.Internal.ExecutionContext(requestContext, null));
    }

    public override string UserAgent => "CwLogs/" + typeof(CwLogsClientConfig).Assembly.GetName().Version;
}
