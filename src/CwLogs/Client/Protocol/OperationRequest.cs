using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Amazon.Runtime;

namespace CwLogs.Client.Protocol;

/// <summary>
/// What the SDK pipeline carries for one call: the operation's name and its JSON payload.
/// Wire types stay plain classes (AmazonWebServiceRequest's own properties must not be serialized).
/// </summary>
internal interface IOperationRequest
{
    string OperationName { get; }

    /// <summary>Watches this call's attempts, or null.</summary>
    CallObserver? Observer { get; }

    byte[] SerializePayload();
}

internal sealed class OperationRequest<TPayload> : AmazonWebServiceRequest, IOperationRequest
{
    private readonly TPayload _payload;
    private readonly JsonTypeInfo<TPayload> _typeInfo;

    public OperationRequest(string operationName, TPayload payload, JsonTypeInfo<TPayload> typeInfo, CallObserver? observer = null)
    {
        OperationName = operationName;
        Observer = observer;
        _payload = payload;
        _typeInfo = typeInfo;
    }

    public string OperationName { get; }

    public CallObserver? Observer { get; }

    public byte[] SerializePayload() => JsonSerializer.SerializeToUtf8Bytes(_payload, _typeInfo);
}

internal sealed class OperationResponse<TPayload> : AmazonWebServiceResponse
{
    public TPayload? Payload { get; set; }
}
