using System.Management.Automation;
using System.Net;
using Amazon.Runtime;
using CwLogs.Client.Errors;
using CwLogs.Infrastructure.Errors;
using Xunit;

namespace CwLogs.Tests;

/// <summary>Service errors as PowerShell ErrorRecords: stable ErrorId, matching category, target kept.</summary>
public sealed class ServiceErrorRecordsTests
{
    private static AmazonServiceException Error(string code)
        => ServiceErrors.Create(code, "The message.", "req-1", HttpStatusCode.BadRequest);

    [Theory]
    [InlineData("ResourceNotFoundException", "ResourceNotFound", ErrorCategory.ObjectNotFound)]
    [InlineData("ResourceAlreadyExistsException", "ResourceAlreadyExists", ErrorCategory.ResourceExists)]
    [InlineData("InvalidParameterException", "InvalidParameter", ErrorCategory.InvalidArgument)]
    [InlineData("MalformedQueryException", "MalformedQuery", ErrorCategory.InvalidArgument)]
    [InlineData("ValidationException", "Validation", ErrorCategory.InvalidArgument)]
    [InlineData("LimitExceededException", "LimitExceeded", ErrorCategory.LimitsExceeded)]
    [InlineData("TooManyTagsException", "TooManyTags", ErrorCategory.LimitsExceeded)]
    [InlineData("ThrottlingException", "Throttling", ErrorCategory.LimitsExceeded)]
    [InlineData("ServiceUnavailableException", "ServiceUnavailable", ErrorCategory.ResourceUnavailable)]
    [InlineData("InvalidOperationException", "InvalidOperation", ErrorCategory.InvalidOperation)]
    [InlineData("DataAlreadyAcceptedException", "DataAlreadyAccepted", ErrorCategory.InvalidOperation)]
    [InlineData("InvalidSequenceTokenException", "InvalidSequenceToken", ErrorCategory.InvalidOperation)]
    [InlineData("OperationAbortedException", "OperationAborted", ErrorCategory.OperationStopped)]
    [InlineData("AccessDeniedException", "AccessDenied", ErrorCategory.PermissionDenied)]
    [InlineData("UnrecognizedClientException", "UnrecognizedClient", ErrorCategory.AuthenticationError)]
    [InlineData("ExpiredTokenException", "ExpiredToken", ErrorCategory.AuthenticationError)]
    [InlineData("InvalidSignatureException", "InvalidSignature", ErrorCategory.AuthenticationError)]
    [InlineData("SomethingNewException", "SomethingNew", ErrorCategory.NotSpecified)]
    public void ErrorIdIsTheCodeWithoutExceptionAndTheCategoryMatches(string code, string errorId, ErrorCategory category)
    {
        var record = ServiceErrorRecords.From(Error(code), target: null);

        Assert.Equal(errorId, record.FullyQualifiedErrorId);
        Assert.Equal(category, record.CategoryInfo.Category);
    }

    [Fact]
    public void CodeWithoutTheExceptionSuffixIsKeptAsIs()
        => Assert.Equal("RequestTimeout", ServiceErrorRecords.From(Error("RequestTimeout"), null).FullyQualifiedErrorId);

    [Fact]
    public void OnlyATrailingExceptionIsRemoved()
        => Assert.Equal("ExceptionalCase", ServiceErrorRecords.From(Error("ExceptionalCase"), null).FullyQualifiedErrorId);

    [Fact]
    public void MissingCodeBecomesServiceError()
    {
        var record = ServiceErrorRecords.From(new AmazonServiceException("no code"), null);

        Assert.Equal("ServiceError", record.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.NotSpecified, record.CategoryInfo.Category);
    }

    [Fact]
    public void TargetObjectAndExceptionAreKept()
    {
        var target = new object();
        var error = Error("ResourceNotFoundException");

        var record = ServiceErrorRecords.From(error, target);

        Assert.Same(target, record.TargetObject);
        Assert.Same(error, record.Exception);
        Assert.Null(record.ErrorDetails);
    }

    [Fact]
    public void ContextIsPrefixedToTheMessageInErrorDetails()
    {
        var record = ServiceErrorRecords.From(Error("ResourceNotFoundException"), "/app/web", "Log group '/app/web'");

        Assert.Equal("Log group '/app/web': The message.", record.ErrorDetails.Message);
        Assert.Equal("/app/web", record.TargetObject);
    }
}
