using System.Management.Automation;
using Amazon.Runtime;
using CwLogs.Infrastructure.Paging;

namespace CwLogs.Infrastructure.Errors;

/// <summary>
/// Turns service errors into ErrorRecords with a stable ErrorId (the service's exception name
/// without "Exception"; PowerShell appends the command's type name) and the matching category.
/// </summary>
public static class ServiceErrorRecords
{
    public static ErrorRecord From(AmazonServiceException exception, object? target, string? context = null)
    {
        var code = string.IsNullOrEmpty(exception.ErrorCode) ? "ServiceError" : exception.ErrorCode;
        var errorId = code.EndsWith("Exception", StringComparison.Ordinal) ? code.Substring(0, code.Length - "Exception".Length) : code;
        var record = new ErrorRecord(exception, errorId, CategoryOf(errorId), target);
        if (context is not null) record.ErrorDetails = new ErrorDetails($"{context}: {exception.Message}");
        return record;
    }

    /// <summary>
    /// A read that failed part-way: the service error's id and category, the resume point as the target object
    /// (NextToken, LastEventTime), and how to read on in the message and the recommended action.
    /// </summary>
    public static ErrorRecord Interrupted(ReadInterruptedException interrupted, string description)
    {
        var resume = interrupted.ResumePoint;
        var record = From(interrupted.Error, resume);
        var how = resume.HowToResume();
        record.ErrorDetails = new ErrorDetails($"{description}: {Sentence(interrupted.Error.Message)}. The read stopped after {resume.PagesRead} page(s). {how}")
        {
            RecommendedAction = how,
        };
        return record;
    }

    /// <summary>
    /// An error that ends the command during a read of events (a timeout, a failed connection): the same record
    /// with the resume point as its target object and how to read on after its message.
    /// </summary>
    public static ErrorRecord WithResumePoint(ErrorRecord record, ReadResumePoint resume)
    {
        var how = resume.HowToResume();
        return new ErrorRecord(record.Exception, record.FullyQualifiedErrorId, record.CategoryInfo.Category, resume)
        {
            ErrorDetails = new ErrorDetails($"{Sentence(record.Exception.Message)}. The read stopped after {resume.PagesRead} page(s). {how}") { RecommendedAction = how },
        };
    }

    private static string Sentence(string message) => message.Trim().TrimEnd('.');

    public static ErrorCategory CategoryOf(string errorId) => errorId switch
    {
        "ResourceNotFound" => ErrorCategory.ObjectNotFound,
        "ResourceAlreadyExists" => ErrorCategory.ResourceExists,
        "InvalidParameter" or "MalformedQuery" or "Validation" => ErrorCategory.InvalidArgument,
        "LimitExceeded" or "TooManyTags" or "Throttling" => ErrorCategory.LimitsExceeded,
        "ServiceUnavailable" => ErrorCategory.ResourceUnavailable,
        "InvalidOperation" or "DataAlreadyAccepted" or "InvalidSequenceToken" => ErrorCategory.InvalidOperation,
        "OperationAborted" => ErrorCategory.OperationStopped,
        "AccessDenied" => ErrorCategory.PermissionDenied,
        "UnrecognizedClient" or "ExpiredToken" or "InvalidSignature" => ErrorCategory.AuthenticationError,
        _ => ErrorCategory.NotSpecified,
    };
}
