using System.Text.Json.Serialization.Metadata;
using Amazon.Runtime.Internal.Transform;
using CwLogs.Client.Protocol;

namespace CwLogs.Client.Operations;

/// <summary>One API operation: its name and how its request and response travel as JSON.</summary>
public sealed class CwLogsOperation<TRequest, TResponse>
{
    internal CwLogsOperation(string name, JsonTypeInfo<TRequest> requestType, JsonTypeInfo<TResponse> responseType)
    {
        Name = name;
        RequestType = requestType;
        Unmarshaller = new JsonPayloadUnmarshaller<TResponse>(responseType);
    }

    public string Name { get; }

    internal JsonTypeInfo<TRequest> RequestType { get; }

    internal JsonResponseUnmarshaller Unmarshaller { get; }

    public override string ToString() => Name;
}
