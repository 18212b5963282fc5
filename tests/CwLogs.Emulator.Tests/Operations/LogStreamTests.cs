using System.Threading.Tasks;
using CwLogs.Emulator.Tests.Infrastructure;
using Xunit;

namespace CwLogs.Emulator.Tests.Operations;

/// <summary>CreateLogStream, DeleteLogStream and the stream name rules.</summary>
public sealed class LogStreamTests : EmulatorTest
{
    public LogStreamTests(EmulatorFixture fixture) : base(fixture)
    {
    }

    [Fact]
    public async Task Create_InMissingGroup_IsResourceNotFound()
    {
        ApiResult result = await Api.ErrorAsync("CreateLogStream", new { logGroupName = "nope", logStreamName = "s" }, "ResourceNotFoundException");

        Assert.Equal("The specified log group does not exist.", result.Message);
    }

    [Fact]
    public async Task Create_Existing_IsResourceAlreadyExists()
    {
        await Seed.GroupWithStreamsAsync("g", "s");

        await Api.ErrorAsync("CreateLogStream", new { logGroupName = "g", logStreamName = "s" }, "ResourceAlreadyExistsException");
    }

    [Fact]
    public async Task SameStreamName_InTwoGroups_IsFine()
    {
        await Seed.GroupWithStreamsAsync("g1", "s");

        await Seed.GroupWithStreamsAsync("g2", "s");
    }

    [Fact]
    public async Task Delete_RemovesStream_ThenNotFound()
    {
        await Seed.GroupWithStreamsAsync("g", "s");
        await Api.OkAsync("DeleteLogStream", new { logGroupName = "g", logStreamName = "s" });

        ApiResult again = await Api.ErrorAsync("DeleteLogStream", new { logGroupName = "g", logStreamName = "s" }, "ResourceNotFoundException");
        Assert.Equal("The specified log stream does not exist.", again.Message);
        Assert.Empty((await Api.OkAsync("DescribeLogStreams", new { logGroupName = "g" }))["logStreams"]!.AsArray());
    }

    [Fact]
    public async Task Delete_InMissingGroup_IsResourceNotFound()
    {
        ApiResult result = await Api.ErrorAsync("DeleteLogStream", new { logGroupName = "nope", logStreamName = "s" }, "ResourceNotFoundException");

        Assert.Equal("The specified log group does not exist.", result.Message);
    }

    [Theory]
    [InlineData("2025/01/01/[$LATEST]abc")]
    [InlineData("spaces and ümlauts are fine")]
    public async Task NamesWithoutColonOrStar_AreAccepted(string name)
    {
        await Seed.GroupAsync("g");

        await Api.OkAsync("CreateLogStream", new { logGroupName = "g", logStreamName = name });
    }

    [Fact]
    public async Task NameOf512Chars_IsAccepted_513IsRejected()
    {
        await Seed.GroupAsync("g");
        await Api.OkAsync("CreateLogStream", new { logGroupName = "g", logStreamName = new string('s', 512) });

        ApiResult result = await Api.ErrorAsync("CreateLogStream", new { logGroupName = "g", logStreamName = new string('s', 513) }, "InvalidParameterException");
        Assert.Contains("logStreamName", result.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a:b")]
    [InlineData("a*")]
    public async Task InvalidNames_AreInvalidParameter_NamingTheMember(string name)
    {
        await Seed.GroupAsync("g");

        ApiResult result = await Api.ErrorAsync("CreateLogStream", new { logGroupName = "g", logStreamName = name }, "InvalidParameterException");
        Assert.Contains("logStreamName", result.Message);
    }

    [Fact]
    public async Task InvalidStreamNames_AreCheckedByEveryOperation()
    {
        await Seed.GroupAsync("g");
        foreach (string operation in new[] { "DeleteLogStream", "GetLogEvents", "PutLogEvents" })
        {
            ApiResult result = await Api.CallAsync(operation, new { logGroupName = "g", logStreamName = "x:y", logEvents = new[] { new { timestamp = Clock.NowMillis(), message = "m" } } });
            LogsApi.AssertError(result, "InvalidParameterException");
            Assert.Contains("logStreamName", result.Message);
        }
    }
}
