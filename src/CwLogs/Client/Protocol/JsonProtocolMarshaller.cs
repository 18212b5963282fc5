using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;

namespace CwLogs.Client.Protocol;

/// <summary>
/// The one request marshaller for every operation: AWS JSON 1.1, POST / with the target header.
/// </summary>
internal sealed class JsonProtocolMarshaller : IMarshaller<IRequest, AmazonWebServiceRequest>
{
    public const string TargetPrefix = "Logs_20140328.";
    public const string ContentType = "application/x-amz-json-1.1";

    public static readonly JsonProtocolMarshaller Instance = new();

    public IRequest Marshall(AmazonWebServiceRequest input)
    {
        var operation = (IOperationRequest)input;
        IRequest request = new DefaultRequest(input, "CloudWatchLogs");
        request.Headers["X-Amz-Target"] = TargetPrefix + operation.OperationName;
        request.Headers["Content-Type"] = ContentType;
        request.HttpMethod = "POST";
        request.ResourcePath = "/";
        request.Content = operation.SerializePayload();
        return request;
    }
}
