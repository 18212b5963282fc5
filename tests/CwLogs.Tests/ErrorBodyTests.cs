using System.Text;
using CwLogs.Client.Protocol;
using Xunit;

namespace CwLogs.Tests;

/// <summary>Reading the code and message of AWS JSON 1.1 error responses.</summary>
public sealed class ErrorBodyTests
{
    private static ErrorBody Parse(string body, string? header = null) => ErrorBody.Parse(Encoding.UTF8.GetBytes(body), header);

    [Fact]
    public void PlainTypeAndMessage()
    {
        var error = Parse("""{"__type":"ResourceNotFoundException","message":"The specified log group does not exist."}""");

        Assert.Equal("ResourceNotFoundException", error.Code);
        Assert.Equal("The specified log group does not exist.", error.Message);
    }

    [Fact]
    public void NamespacedTypeIsReducedToTheExceptionName()
        => Assert.Equal("ResourceNotFoundException", Parse("""{"__type":"com.amazonaws.logs#ResourceNotFoundException","message":"m"}""").Code);

    [Fact]
    public void ColonSuffixedTypeIsCut()
        => Assert.Equal("ThrottlingException",
            Parse("""{"__type":"ThrottlingException:http://internal.amazon.com/coral/com.amazon.coral.availability/"}""").Code);

    [Fact]
    public void NamespacedAndSuffixedTypeIsReducedToTheExceptionName()
        => Assert.Equal("InvalidParameterException", Parse("""{"__type":"aws.logs#InvalidParameterException:http://a/b#c"}""").Code);

    [Fact]
    public void CapitalisedMessageIsRead()
        => Assert.Equal("Rate exceeded", Parse("""{"__type":"ThrottlingException","Message":"Rate exceeded"}""").Message);

    [Fact]
    public void CodePropertyIsReadWhenThereIsNoType()
        => Assert.Equal("AccessDeniedException", Parse("""{"code":"AccessDeniedException","message":"no"}""").Code);

    [Fact]
    public void HeaderWinsOverTheBody()
    {
        var error = Parse("""{"__type":"InvalidParameterException","message":"from body"}""", "ResourceAlreadyExistsException:http://x/");

        Assert.Equal("ResourceAlreadyExistsException", error.Code);
        Assert.Equal("from body", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void BlankHeaderFallsBackToTheBody(string header)
        => Assert.Equal("LimitExceededException", Parse("""{"__type":"LimitExceededException"}""", header).Code);

    [Fact]
    public void NonJsonBodyUsesTheHeaderAndAGenericMessage()
    {
        var error = Parse("<html><body>502 Bad Gateway</body></html>", "ServiceUnavailableException");

        Assert.Equal("ServiceUnavailableException", error.Code);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("{}")]
    [InlineData("""{"__type":42,"message":7}""")]
    public void NothingUsableGivesUnknownError(string body)
    {
        var error = Parse(body);

        Assert.Equal("UnknownError", error.Code);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void FirstTypeWins()
        => Assert.Equal("ThrottlingException", Parse("""{"__type":"ThrottlingException","code":"Other"}""").Code);
}
