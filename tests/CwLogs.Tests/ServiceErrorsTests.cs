using System.Net;
using Amazon.Runtime;
using CwLogs.Client.Errors;
using Xunit;

namespace CwLogs.Tests;

/// <summary>Service error codes become the typed exceptions callers catch.</summary>
public sealed class ServiceErrorsTests
{
    public static TheoryData<string> DocumentedCodes => new()
    {
        "ResourceNotFoundException", "ResourceAlreadyExistsException", "InvalidParameterException",
        "LimitExceededException", "ServiceUnavailableException", "ThrottlingException",
        "InvalidOperationException", "OperationAbortedException", "UnrecognizedClientException",
        "MalformedQueryException", "DataAlreadyAcceptedException", "InvalidSequenceTokenException",
        "AccessDeniedException",
    };

    [Theory]
    [MemberData(nameof(DocumentedCodes))]
    public void EachDocumentedCodeHasItsOwnType(string code)
    {
        var error = ServiceErrors.Create(code, "message", "req-1", HttpStatusCode.BadRequest);

        Assert.Equal(code, error.GetType().Name);
        Assert.Equal("CwLogs.Client.Errors", error.GetType().Namespace);
        Assert.Equal(code, error.ErrorCode);
        Assert.Equal("message", error.Message);
        Assert.Equal("req-1", error.RequestId);
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal(ErrorType.Sender, error.ErrorType);
    }

    [Fact]
    public void UnknownCodeGivesTheBaseTypeWithTheCodeKept()
    {
        var error = ServiceErrors.Create("SomethingNewException", "m", null, HttpStatusCode.Forbidden);

        Assert.Equal(typeof(CwLogsServiceException), error.GetType());
        Assert.Equal("SomethingNewException", error.ErrorCode);
        Assert.Null(error.RequestId);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, ErrorType.Receiver)]
    [InlineData(HttpStatusCode.ServiceUnavailable, ErrorType.Receiver)]
    [InlineData(HttpStatusCode.BadRequest, ErrorType.Sender)]
    [InlineData(HttpStatusCode.TooManyRequests, ErrorType.Sender)]
    public void ServerStatusesAreReceiverErrors(HttpStatusCode status, ErrorType expected)
        => Assert.Equal(expected, ServiceErrors.Create("ServiceUnavailableException", "m", null, status).ErrorType);

    [Fact]
    public void InnerExceptionIsKept()
    {
        var inner = new IOException("wire");

        Assert.Same(inner, ServiceErrors.Create("ThrottlingException", "m", null, HttpStatusCode.BadRequest, inner).InnerException);
    }

    [Fact]
    public void CodesAreCaseSensitive()
        => Assert.Equal(typeof(CwLogsServiceException), ServiceErrors.Create("resourcenotfoundexception", "m", null, HttpStatusCode.BadRequest).GetType());
}
