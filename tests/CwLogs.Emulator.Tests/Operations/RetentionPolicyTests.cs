using System.Linq;
using System.Threading.Tasks;
using CwLogs.Emulator.Tests.Infrastructure;
using Xunit;

namespace CwLogs.Emulator.Tests.Operations;

/// <summary>PutRetentionPolicy / DeleteRetentionPolicy.</summary>
public sealed class RetentionPolicyTests : EmulatorTest
{
    private static readonly int[] Allowed =
        { 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653 };

    public RetentionPolicyTests(EmulatorFixture fixture) : base(fixture)
    {
    }

    [Fact]
    public async Task EveryAllowedValue_IsAcceptedAndShown()
    {
        await Seed.GroupAsync("g");
        foreach (int days in Allowed)
        {
            await Api.OkAsync("PutRetentionPolicy", new { logGroupName = "g", retentionInDays = days });
            Assert.Equal(days, await RetentionAsync());
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(366)]
    [InlineData(3654)]
    [InlineData(-1)]
    public async Task OtherValues_AreInvalidParameter(int days)
    {
        await Seed.GroupAsync("g");

        ApiResult result = await Api.ErrorAsync("PutRetentionPolicy", new { logGroupName = "g", retentionInDays = days }, "InvalidParameterException");
        Assert.Contains("retentionInDays", result.Message);
        Assert.Null(await RetentionAsync());
    }

    [Fact]
    public async Task MissingRetention_IsInvalidParameter()
    {
        await Seed.GroupAsync("g");

        await Api.ErrorAsync("PutRetentionPolicy", new { logGroupName = "g" }, "InvalidParameterException");
    }

    [Fact]
    public async Task Delete_RemovesRetentionFromOutput()
    {
        await Seed.GroupAsync("g");
        await Api.OkAsync("PutRetentionPolicy", new { logGroupName = "g", retentionInDays = 30 });

        await Api.OkAsync("DeleteRetentionPolicy", new { logGroupName = "g" });

        Assert.Null(await RetentionAsync());
    }

    [Fact]
    public async Task MissingGroup_IsResourceNotFound_ForBoth()
    {
        await Api.ErrorAsync("PutRetentionPolicy", new { logGroupName = "nope", retentionInDays = 1 }, "ResourceNotFoundException");
        await Api.ErrorAsync("DeleteRetentionPolicy", new { logGroupName = "nope" }, "ResourceNotFoundException");
    }

    private async Task<int?> RetentionAsync() =>
        (int?)(await Api.OkAsync("DescribeLogGroups"))["logGroups"]!.AsArray().Single()!["retentionInDays"];
}
