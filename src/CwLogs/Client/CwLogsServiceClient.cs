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
    }

    public Task<TResponse> SendAsync<TRequest, TResponse>(
        CwLogsOperation<TRequest, TResponse> operation, TRequest request, CancellationToken cancellationToken = default)
        => SendCoreAsync(operation, request, cancellationToken);

    private async Task<TResponse> SendCoreAsync<TRequest, TResponse>(
        CwLogsOperation<TRequest, TResponse> operation, TRequest request, CancellationToken cancellationToken)
    {
        var options = new InvokeOptions
        {
            RequestMarshaller = JsonProtocolMarshaller.Instance,
            ResponseUnmarshaller = operation.Unmarshaller,
        };
        var wrapped = new OperationRequest<TRequest>(operation.Name, request, operation.RequestType);
        var response = await InvokeAsync<OperationResponse<TResponse>>(wrapped, options, cancellationToken).ConfigureAwait(false);
        return response.Payload ?? throw new AmazonClientException($"{operation.Name} returned an empty response.");
    }

    protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline)
    {
        pipeline.RemoveHandler<EndpointResolver>();
        pipeline.AddHandlerAfter<Marshaller>(new CwLogsEndpointResolver());
        pipeline.AddHandlerAfter<Marshaller>(new CwLogsAuthSchemeHandler());
    }
}
