using System.Net;
using Amazon.Runtime;

namespace CwLogs.Client.Errors;

/// <summary>Base of every error CloudWatch Logs returns; ErrorCode is the service's exception name.</summary>
public class CwLogsServiceException : AmazonServiceException
{
    public CwLogsServiceException(string message, Exception? inner, ErrorType type, string code, string? requestId, HttpStatusCode status)
        : base(message, inner, type, code, requestId, status)
    {
    }
}
