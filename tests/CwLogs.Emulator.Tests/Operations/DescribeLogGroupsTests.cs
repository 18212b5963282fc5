using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CwLogs.Emulator.Tests.Infrastructure;
using Xunit;

namespace CwLogs.Emulator.Tests.Operations;

/// <summary>DescribeLogGroups: order, prefix/pattern filters, limits and paging.</summary>
public sealed class DescribeLogGroupsTests : EmulatorTest
{
    public DescribeLogGroupsTests(EmulatorFixture fixture) : base(fixture)
    {
    }

    [Fact]
    public async Task ListsGroupsSortedByName()
    {
        foreach (string name in new[] { "b", "a/x", "C", "a" }) await Seed.GroupAsync(name);

        Assert.Equal(new[] { "C", "a", "a/x", "b" }, await NamesAsync(new { }));
    }

    [Fact]
    public async Task Prefix_IsCaseSensitiveStartsWith()
    {
        foreach (string name in new[] { "/app/one", "/app/two", "/App/three", "/other/app" }) await Seed.GroupAsync(name);

        Assert.Equal(new[] { "/app/one", "/app/two" }, await NamesAsync(new { logGroupNamePrefix = "/app/" }));
    }

    [Fact]
    public async Task Pattern_IsCaseInsensitiveSubstring()
    {
        foreach (string name in new[] { "/app/Payments", "/payments-api", "/orders" }) await Seed.GroupAsync(name);

        Assert.Equal(new[] { "/app/Payments", "/payments-api" }, await NamesAsync(new { logGroupNamePattern = "PAYMENT" }));
    }

    [Fact]
    public async Task PrefixAndPatternTogether_IsInvalidParameter()
    {
        await Api.ErrorAsync("DescribeLogGroups", new { logGroupNamePrefix = "a", logGroupNamePattern = "b" }, "InvalidParameterException");
    }

    [Fact]
    public async Task InvalidPrefix_IsInvalidParameter()
    {
        ApiResult result = await Api.ErrorAsync("DescribeLogGroups", new { logGroupNamePrefix = "bad prefix" }, "InvalidParameterException");

        Assert.Contains("logGroupNamePrefix", result.Message);
    }

    [Fact]
    public async Task InvalidPattern_IsInvalidParameter()
    {
        ApiResult result = await Api.ErrorAsync("DescribeLogGroups", new { logGroupNamePattern = "has space" }, "InvalidParameterException");

        Assert.Contains("logGroupNamePattern", result.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    [InlineData(-1)]
    public async Task LimitOutside1To50_IsInvalidParameter(int limit)
    {
        ApiResult result = await Api.ErrorAsync("DescribeLogGroups", new { limit }, "InvalidParameterException");

        Assert.Contains("limit", result.Message);
    }

    [Fact]
    public async Task DefaultLimitIs50_AndLimit50IsAccepted()
    {
        for (int i = 0; i < 51; i++) await Seed.GroupAsync($"g{i:D2}");

        JsonNode page = await Api.OkAsync("DescribeLogGroups");
        Assert.Equal(50, page["logGroups"]!.AsArray().Count);
        Assert.NotNull(page["nextToken"]);

        JsonNode explicitPage = await Api.OkAsync("DescribeLogGroups", new { limit = 50 });
        Assert.Equal(50, explicitPage["logGroups"]!.AsArray().Count);
    }

    [Fact]
    public async Task Paging_WalksAllGroupsOnce_AndLastPageHasNoToken()
    {
        for (int i = 0; i < 5; i++) await Seed.GroupAsync($"g{i}");

        List<JsonNode> pages = await Api.AllPagesAsync("DescribeLogGroups", new { limit = 2 });
        IEnumerable<string> seen = pages.SelectMany(p => p["logGroups"]!.AsArray().Select(g => (string)g!["logGroupName"]!));

        Assert.Equal(3, pages.Count);
        Assert.Equal(new[] { "g0", "g1", "g2", "g3", "g4" }, seen);
    }

    [Fact]
    public async Task ExactlyOneFullPage_HasNoNextToken()
    {
        for (int i = 0; i < 2; i++) await Seed.GroupAsync($"g{i}");

        JsonNode page = await Api.OkAsync("DescribeLogGroups", new { limit = 2 });

        Assert.Equal(2, page["logGroups"]!.AsArray().Count);
        Assert.Null(page["nextToken"]);
    }

    [Fact]
    public async Task ForeignNextToken_IsInvalidParameter()
    {
        await Api.ErrorAsync("DescribeLogGroups", new { nextToken = "not-a-token" }, "InvalidParameterException");
    }

    [Fact]
    public async Task LogGroupClassFilter_SelectsThatClass()
    {
        await Seed.GroupAsync("std");
        await Api.OkAsync("CreateLogGroup", new { logGroupName = "ia", logGroupClass = "INFREQUENT_ACCESS" });

        Assert.Equal(new[] { "ia" }, await NamesAsync(new { logGroupClass = "INFREQUENT_ACCESS" }));
    }

    private async Task<string[]> NamesAsync(object request) =>
        (await Api.OkAsync("DescribeLogGroups", request))["logGroups"]!.AsArray()
            .Select(g => (string)g!["logGroupName"]!).ToArray();
}
