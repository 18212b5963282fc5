using System.Collections.Generic;
using System.Net;
using Amazon.Runtime;

namespace CwLogs.Client.Errors;

/// <summary>Maps a service error code to its typed exception.</summary>
public static class ServiceErrors
{
    private delegate CwLogsServiceException Factory(string message, Exception? inner, ErrorType type, string code, string? requestId, HttpStatusCode status);

    private static readonly Dictionary<string, Factory> Factories = new(StringComparer.Ordinal)
    {
        ["ResourceNotFoundException"] = (m, i, t, c, r, s) => new ResourceNotFoundException(m, i, t, c, r, s),
        ["ResourceAlreadyExistsException"] = (m, i, t, c, r, s) => new ResourceAlreadyExistsException(m, i, t, c, r, s),
        ["InvalidParameterException"] = (m, i, t, c, r, s) => new InvalidParameterException(m, i, t, c, r, s),
        ["LimitExceededException"] = (m, i, t, c, r, s) => new LimitExceededException(m, i, t, c, r, s),
        ["ServiceUnavailableException"] = (m, i, t, c, r, s) => new ServiceUnavailableException(m, i, t, c, r, s),
        ["ThrottlingException"] = (m, i, t, c, r, s) => new ThrottlingException(m, i, t, c, r, s),
        ["InvalidOperationException"] = (m, i, t, c, r, s) => new InvalidOperationException(m, i, t, c, r, s),
        ["OperationAbortedException"] = (m, i, t, c, r, s) => new OperationAbortedException(m, i, t, c, r, s),
        ["UnrecognizedClientException"] = (m, i, t, c, r, s) => new UnrecognizedClientException(m, i, t, c, r, s),
        ["MalformedQueryException"] = (m, i, t, c, r, s) => new MalformedQueryException(m, i, t, c, r, s),
        ["DataAlreadyAcceptedException"] = (m, i, t, c, r, s) => new DataAlreadyAcceptedException(m, i, t, c, r, s),
        ["InvalidSequenceTokenException"] = (m, i, t, c, r, s) => new InvalidSequenceTokenException(m, i, t, c, r, s),
        ["AccessDeniedException"] = (m, i, t, c, r, s) => new AccessDeniedException(m, i, t, c, r, s),
    };

    /// <summary>The error codes with a type of their own.</summary>
    public static IEnumerable<string> KnownCodes => Factories.Keys;

    public static CwLogsServiceException Create(string code, string message, string? requestId, HttpStatusCode status, Exception? inner = null)
    {
        var type = (int)status >= 500 ? ErrorType.Receiver : ErrorType.Sender;
        return Factories.TryGetValue(code, out var factory)
            ? factory(message, inner, type, code, requestId, status)
            : new CwLogsServiceException(message, inner, type, code, requestId, status);
    }
}
