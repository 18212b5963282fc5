using System.Management.Automation;
using System.Net;
using Amazon;
using Amazon.Runtime;
using CwLogs.Client;
using CwLogs.Client.Errors;
using CwLogs.Infrastructure.Credentials;
using CwLogs.Infrastructure.Errors;
using Xunit;

namespace CwLogs.Tests;

/// <summary>The errors that end a command: refused credentials, unavailable credentials, timeouts; none shows a secret.</summary>
public sealed class CallErrorRecordsTests
{
    private const string Secret = "call-error-secret-0000000000000000000001";

    private static readonly ResolvedAwsContext Context = new(
        new BasicAWSCredentials("AKIACALLERRORS000001", Secret), "id", "profile 'dev' (the -ProfileName parameter)",
        RegionEndpoint.USEast2, "test", "http://127.0.0.1:4566")
    {
        CredentialRemedy = "Sign in with 'aws sso login --profile dev' and run the command again.",
        Timeout = TimeSpan.FromSeconds(7),
        TimeoutSource = "$CwLogsTimeoutSec",
    };

    private static AmazonServiceException ServiceError(string code)
        => ServiceErrors.Create(code, "The security token included in the request is expired", "req-1", HttpStatusCode.BadRequest);

    private static string AllText(ErrorRecord record) => record + " " + record.Exception + " " + record.ErrorDetails?.Message;

    [Theory]
    [InlineData("ExpiredTokenException", true)]
    [InlineData("UnrecognizedClientException", true)]
    [InlineData("InvalidSignatureException", true)]
    [InlineData("IncompleteSignatureException", true)]
    [InlineData("AccessDeniedException", false)]
    [InlineData("ResourceNotFoundException", false)]
    [InlineData("ThrottlingException", false)]
    public void OnlyRefusedCredentialsEndTheCommand(string code, bool refused)
        => Assert.Equal(refused, CallErrorRecords.IsRefusedCredentials(ServiceError(code)));

    [Fact]
    public void RefusedCredentialsKeepTheServiceErrorIdAndAddSourceAndRemedy()
    {
        var record = CallErrorRecords.RefusedCredentials(ServiceError("ExpiredTokenException"), "DescribeLogGroups", Context);

        Assert.Equal("ExpiredToken", record.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.AuthenticationError, record.CategoryInfo.Category);
        Assert.Contains("profile 'dev'", record.ErrorDetails.Message);
        Assert.Contains("aws sso login --profile dev", record.ErrorDetails.Message);
        Assert.DoesNotContain(Secret, AllText(record));
    }

    [Fact]
    public void UnavailableCredentialsNameTheSourceTheCausesAndTheRemedy()
    {
        var cause = new AmazonClientException("Error calling AssumeRole for role arn:aws:iam::1:role/x",
            new AmazonServiceException("User is not authorized to perform: sts:AssumeRole"));

        var record = CallErrorRecords.CredentialsUnavailable(cause, Context);

        Assert.Equal("CredentialsUnavailable", record.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.AuthenticationError, record.CategoryInfo.Category);
        Assert.Contains("profile 'dev'", record.Exception.Message);
        Assert.Contains("Error calling AssumeRole for role arn:aws:iam::1:role/x.", record.Exception.Message);
        Assert.Contains("not authorized to perform: sts:AssumeRole", record.Exception.Message);
        Assert.Contains("aws sso login --profile dev", record.Exception.Message);
        Assert.DoesNotContain(Secret, AllText(record));
    }

    [Fact]
    public void TimeoutNamesTheEndpointTheTimeoutItsSourceAndHowToChangeIt()
    {
        var observer = new CallObserver();

        var record = CallErrorRecords.Timeout(new TimeoutException("The operation was canceled."), "DescribeLogGroups", observer, Context);

        Assert.Equal("OperationTimeout", record.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.OperationTimeout, record.CategoryInfo.Category);
        Assert.Equal("DescribeLogGroups", record.TargetObject);
        var message = record.Exception.Message;
        Assert.Contains("http://127.0.0.1:4566", message);
        Assert.Contains("7 s", message);
        Assert.Contains("$CwLogsTimeoutSec", message);
        Assert.Contains("-TimeoutSec", message);
    }

    [Fact]
    public void TimeoutIsFoundAnywhereInTheExceptionChain()
    {
        Assert.True(CallErrorRecords.IsTimeout(new AmazonClientException("wrapped", new TimeoutException())));
        Assert.False(CallErrorRecords.IsTimeout(new HttpRequestException("refused")));
    }
}
