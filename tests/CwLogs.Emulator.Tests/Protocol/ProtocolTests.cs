using System;
using System.Net;
using System.Threading.Tasks;
using CwLogs.Emulator.Tests.Infrastructure;
using Xunit;

namespace CwLogs.Emulator.Tests.Protocol;

/// <summary>The JSON 1.1 envelope: headers, status codes and the protocol-level errors.</summary>
public sealed class ProtocolTests : EmulatorTest
{
    public ProtocolTests(EmulatorFixture fixture) : base(fixture)
    {
    }

    [Fact]
    public async Task Success_Is200WithJsonBodyAndRequestId()
    {
        ApiResult result = await Api.CallAsync("CreateLogGroup", new { logGroupName = "g" });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("{}", result.Raw);
        Assert.Equal("application/x-amz-json-1.1", result.ContentType);
        Assert.True(Guid.TryParse(result.RequestId, out _), $"x-amzn-RequestId '{result.RequestId}' is not a GUID");
        Assert.Null(result.ErrorTypeHeader);
    }

    [Fact]
    public async Task Errors_CarryTypeInBodyAndHeader_AndRequestId()
    {
        ApiResult result = await Api.ErrorAsync("DeleteLogGroup", new { logGroupName = "missing" }, "ResourceNotFoundException");

        Assert.Equal("The specified log group does not exist.", result.Message);
        Assert.True(Guid.TryParse(result.RequestId, out _));
        Assert.Equal("application/x-amz-json-1.1", result.ContentType);
    }

    [Fact]
    public async Task RequestIds_AreUniquePerCall()
    {
        ApiResult first = await Api.CallAsync("DescribeLogGroups");
        ApiResult second = await Api.CallAsync("DescribeLogGroups");

        Assert.NotEqual(first.RequestId, second.RequestId);
    }

    [Theory]
    [InlineData("Logs_20140328.NoSuchOperation")]
    [InlineData("Logs_20990101.CreateLogGroup")]
    [InlineData("CreateLogGroup")]
    public async Task UnknownTarget_IsUnknownOperationException(string target)
    {
        ApiResult result = await Api.SendAsync(Api.Request(target, "{\"logGroupName\":\"g\"}"));

        LogsApi.AssertError(result, "UnknownOperationException");
    }

    [Fact]
    public async Task MissingTarget_IsUnknownOperationException()
    {
        LogsApi.AssertError(await Api.SendAsync(Api.Request(null, "{}")), "UnknownOperationException");
    }

    [Theory]
    [InlineData("{\"logGroupName\":")]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("\"text\"")]
    public async Task MalformedJson_IsSerializationException(string body)
    {
        ApiResult result = await Api.SendAsync(Api.Request("Logs_20140328.CreateLogGroup", body));

        LogsApi.AssertError(result, "SerializationException");
    }

    [Fact]
    public async Task MemberOfWrongJsonType_IsSerializationException()
    {
        await Api.ErrorAsync("CreateLogGroup", new { logGroupName = 42 }, "SerializationException");
        await Api.ErrorAsync("DescribeLogGroups", new { limit = "5" }, "SerializationException");
    }

    [Fact]
    public async Task EmptyBody_IsTreatedAsEmptyInput()
    {
        ApiResult result = await Api.SendAsync(Api.Request("Logs_20140328.DescribeLogGroups", ""));

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Empty(result.Body["logGroups"]!.AsArray());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer abc")]
    [InlineData("AWS4-HMAC-SHA256 SignedHeaders=host, Signature=abc")]
    [InlineData("AWS4-HMAC-SHA256 Credential=AKID/20250101/us-east-2/logs, Signature=abc")]
    public async Task MissingOrInvalidAuthorization_IsUnrecognizedClientException(string? authorization)
    {
        ApiResult result = await Api.SendAsync(Api.Request("Logs_20140328.CreateLogGroup", "{\"logGroupName\":\"g\"}", authorization));

        LogsApi.AssertError(result, "UnrecognizedClientException");
        Assert.Equal("The security token included in the request is invalid.", result.Message);
        Assert.Empty((await Api.OkAsync("DescribeLogGroups"))["logGroups"]!.AsArray());
    }

    [Fact]
    public async Task MissingRequiredMember_NamesTheMember()
    {
        ApiResult result = await Api.ErrorAsync("CreateLogGroup", new { }, "InvalidParameterException");

        Assert.Contains("'logGroupName'", result.Message);
    }
}
