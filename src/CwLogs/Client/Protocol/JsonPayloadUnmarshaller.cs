using System.IO;
using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;
using CwLogs.Client.Errors;

namespace CwLogs.Client.Protocol;

/// <summary>
/// Reads an operation's JSON result with System.Text.Json source generation, and turns error
/// bodies ({"__type": ..., "message": ...}) into the typed exceptions of <see cref="ServiceErrors"/>.
/// </summary>
internal sealed class JsonPayloadUnmarshaller<TPayload> : JsonResponseUnmarshaller
{
    private readonly string _operation;
    private readonly JsonTypeInfo<TPayload> _typeInfo;

    public JsonPayloadUnmarshaller(string operation, JsonTypeInfo<TPayload> typeInfo)
    {
        _operation = operation;
        _typeInfo = typeInfo;
    }

    public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext context)
    {
        using var body = ReadBody(context);
        TPayload? payload;
        try
        {
            // Operations without output may answer with an empty body; read that as "{}".
            payload = JsonSerializer.Deserialize(body.Span.IsEmpty ? "{}"u8 : body.Span, _typeInfo);
        }
        catch (JsonException ex)
        {
            throw new ResponseUnreadableException(_operation, ex.Path, ex);
        }
        return new OperationResponse<TPayload>
        {
            Payload = payload,
            ResponseMetadata = new ResponseMetadata { RequestId = RequestIdOf(context) },
        };
    }

    public override AmazonServiceException UnmarshallException(JsonUnmarshallerContext context, Exception? innerException, HttpStatusCode statusCode)
    {
        using var body = ReadBody(context);
        var headerType = context.ResponseData?.GetHeaderValue("x-amzn-ErrorType");
        var error = ErrorBody.Parse(body.Span, headerType);
        return ServiceErrors.Create(error.Code, error.Message, RequestIdOf(context), statusCode, innerException);
    }

    private static string? RequestIdOf(JsonUnmarshallerContext context)
        => context.ResponseData?.GetHeaderValue("x-amzn-RequestId");

    private static PooledBody ReadBody(JsonUnmarshallerContext context)
        => PooledBody.Read(context.Stream, context.ResponseData?.ContentLength ?? -1);
}
