using System.Text.Json.Serialization.Metadata;
using Amazon.Runtime.Internal.Transform;
using CwLogs.Client.Protocol;

namespace CwLogs.Client.Operations;

/// <summary>One API operation: its name and how its request and response travel as JSON.</summary>
public sealed class CwLogsOperation<TRequest, TResponse>
{
    private readonly Lazy<JsonTypeInfo<TRequest>> _requestType;
    private readonly Lazy<JsonResponseUnmarshaller> _unmarshaller;

    /// <summary>
    /// The JSON metadata is made on first use: making it for all operations at once took most of the
    /// first call's time in a new session (see docs/performance-profile.md).
    /// </summary>
    internal CwLogsOperation(string name, Func<JsonTypeInfo<TRequest>> requestType, Func<JsonTypeInfo<TResponse>> responseType)
    {
        Name = name;
        _requestType = new(requestType);
        _unmarshaller = new(() => new JsonPayloadUnmarshaller<TResponse>(name, responseType()));
    }

    public string Name { get; }

    internal JsonTypeInfo<TRequest> RequestType => _requestType.Value;

    internal JsonResponseUnmarshaller Unmarshaller => _unmarshaller.Value;

    public override string ToString() => Name;
}
