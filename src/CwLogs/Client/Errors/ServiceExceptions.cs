using System.Net;
using Amazon.Runtime;

namespace CwLogs.Client.Errors;

// One type per exception the CloudWatch Logs API documents, so callers can catch precisely.
public sealed class ResourceNotFoundException : CwLogsServiceException
{
    public ResourceNotFoundException(string message, Exception? inner, ErrorType type, string code, string? requestId, HttpStatusCode status)
        : base(message, inner, type, code, requestId, status) { }
}

public sealed class ResourceAlreadyExistsException : CwLogsServiceException
{
    public ResourceAlreadyExistsException(string message, Exception? inner, ErrorType type, string code, string? requestId, HttpStatusCode status)
        : base(message, inner, type, code, requestId, status) { }
}

public sealed class InvalidParameterException : CwLogsServiceException
{
    public InvalidParameterException(string message, Exception? inner, ErrorType type, string code, string? requestId, HttpStatusCode status)
        : base(message, inner, type, code, requestId, status) { }
}

public sealed class LimitExceededException : CwLogsServiceException
{
    public LimitExceededException(string message, Exception? inner, ErrorType type, string code, string? requestId, HttpStatusCode status)
        : base(message, inner, type, code, requestId, status) { }
}

public sealed class ServiceUnavailableException : CwLogsServiceException
{
    public ServiceUnavailableException(string message, Exception? inner, ErrorType type, string code, string? requestId, HttpStatusCode status)
        : base(message, inner, type, code, requestId, status) { }
}

public sealed class ThrottlingException : CwLogsServiceException
{
    public ThrottlingException(string message, Exception? inner, ErrorType type, string code, string? requestId, HttpStatusCode status)
        : base(message, inner, type, code, requestId, status) { }
}

public sealed class InvalidOperationException : CwLogsServiceException
{
    public InvalidOperationException(string message, Exception? inner, ErrorType type, string code, string? requestId, HttpStatusCode status)
        : base(message, inner, type, code, requestId, status) { }
}

public sealed class OperationAbortedException : CwLogsServiceException
{
    public OperationAbortedException(string message, Exception? inner, ErrorType type, string code, string? requestId, HttpStatusCode status)
        : base(message, inner, type, code, requestId, status) { }
}

public sealed class UnrecognizedClientException : CwLogsServiceException
{
    public UnrecognizedClientException(string message, Exception? inner, ErrorType type, string code, string? requestId, HttpStatusCode status)
        : base(message, inner, type, code, requestId, status) { }
}

public sealed class MalformedQueryException : CwLogsServiceException
{
    public MalformedQueryException(string message, Exception? inner, ErrorType type, string code, string? requestId, HttpStatusCode status)
        : base(message, inner, type, code, requestId, status) { }
}

public sealed class DataAlreadyAcceptedException : CwLogsServiceException
{
    public DataAlreadyAcceptedException(string message, Exception? inner, ErrorType type, string code, string? requestId, HttpStatusCode status)
        : base(message, inner, type, code, requestId, status) { }
}

public sealed class InvalidSequenceTokenException : CwLogsServiceException
{
    public InvalidSequenceTokenException(string message, Exception? inner, ErrorType type, string code, string? requestId, HttpStatusCode status)
        : base(message, inner, type, code, requestId, status) { }
}

public sealed class AccessDeniedException : CwLogsServiceException
{
    public AccessDeniedException(string message, Exception? inner, ErrorType type, string code, string? requestId, HttpStatusCode status)
        : base(message, inner, type, code, requestId, status) { }
}
