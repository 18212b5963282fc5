using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using CwLogs.Client.Operations;
using CwLogs.Client.Protocol;

namespace CwLogs.Client;

/// <summary>
/// CloudWatch Logs on AWSSDK.Core: the SDK brings credentials, SigV4, retries with back-off,
/// clock-skew correction and proxies; this class only adds the endpoint rules, the auth scheme
/// and one generic way to call an operation.
/// </summary>
public sealed class CwLogsServiceClient : AmazonServiceClient
{
    public CwLogsServiceClient(AWSCredentials credentials, CwLogsClientConfig config)
        : base(credentials, config)
    {
        SigningCredentials = credentials;
    }

    /// <summary>The credentials calls are signed with (fetch them to check they can be had at all).</summary>
    public AWSCredentials SigningCredentials { get; }

    /// <summary>Where calls go: the endpoint rules applied to this client's settings (including an endpoint the SDK took from the environment or a profile).</summary>
    public Uri ResolveEndpoint()
        => new(new CwLogsEndpointProvider().ResolveEndpoint(CwLogsEndpointResolver.ParametersFor(Config)).URL);

    public Task<TResponse> SendAsync<TRequest, TResponse>(
        CwLogsOperation<TRequest, TResponse> operation, TRequest request, CancellationToken cancellationToken = default)
        => SendCoreAsync(operation, request, null, cancellationToken);

    /// <param name="observer">Told about every attempt, retries included.</param>
    public Task<TResponse> SendAsync<TRequest, TResponse>(
        CwLogsOperation<TRequest, TResponse> operation, TRequest request, CallObserver observer, CancellationToken cancellationToken = default)
        => SendCoreAsync(operation, request, observer, cancellationToken);

    private async Task<TResponse> SendCoreAsync<TRequest, TResponse>(
        CwLogsOperation<TRequest, TResponse> operation, TRequest request, CallObserver? observer, CancellationToken cancellationToken)
    {
        var options = new InvokeOptions
        {
            RequestMarshaller = JsonProtocolMarshaller.Instance,
            ResponseUnmarshaller = operation.Unmarshaller,
        };
        var wrapped = new OperationRequest<TRequest>(operation.Name, request, operation.RequestType, observer);
        var response = await InvokeAsync<OperationResponse<TResponse>>(wrapped, options, cancellationToken).ConfigureAwait(false);
        if (observer is not null) observer.RequestId = response.ResponseMetadata?.RequestId;
        return response.Payload ?? throw new AmazonClientException($"{operation.Name} returned an empty response.");
    }

    protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline)
    {
        pipeline.RemoveHandler<EndpointResolver>();
        pipeline.AddHandlerAfter<Marshaller>(new CwLogsEndpointResolver());
        pipeline.AddHandlerAfter<Marshaller>(new CwLogsAuthSchemeHandler());
        // Throttled reads get a budget of their own; the adaptive and legacy modes, when chosen, stay as they are.
        if (Config.RetryMode == RequestRetryMode.Standard)
            pipeline.ReplaceHandler<RetryHandler>(new RetryHandler(new ReadThrottlingRetryPolicy((CwLogsClientConfig)Config)));
        pipeline.AddHandlerAfter<RetryHandler>(new AttemptObserverHandler());
    }
}
