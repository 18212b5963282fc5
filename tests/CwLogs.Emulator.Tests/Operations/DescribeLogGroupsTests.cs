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
    public async Task Pattern_IsCaseSensitiveSubstring()
    {
        // The API reference's example: DataLogs matches DataLogs, aws/DataLogs and GroupDataLogs only.
        foreach (string name in new[] { "DataLogs", "x/aws/DataLogs", "GroupDataLogs", "datalogs", "Data/log/s", "Groupdata" })
            await Seed.GroupAsync(name);

        Assert.Equal(new[] { "DataLogs", "GroupDataLogs", "x/aws/DataLogs" }, await NamesAsync(new { logGroupNamePattern = "DataLogs" }));
    }

    [Fact]
    public async Task Pattern_ReturnsOnlyArnCreationTimeAndName()
    {
        await Api.OkAsync("CreateLogGroup", new { logGroupName = "/app/web", kmsKeyId = "k", logGroupClass = "INFREQUENT_ACCESS" });
        await Api.OkAsync("PutRetentionPolicy", new { logGroupName = "/app/web", retentionInDays = 7 });

        JsonObject group = (await Api.OkAsync("DescribeLogGroups", new { logGroupNamePattern = "web" }))["logGroups"]![0]!.AsObject();

        Assert.Equal(new[] { "arn", "creationTime", "logGroupName" }, group.Select(p => p.Key).Order());
        Assert.Equal("arn:aws:logs:us-east-2:123456789012:log-group:/app/web:*", (string?)group["arn"]);
    }

    [Fact]
    public async Task EmptyPattern_StillReturnsOnlyArnCreationTimeAndName()
    {
        await Seed.GroupAsync("g");

        JsonObject group = (await Api.OkAsync("DescribeLogGroups", new { logGroupNamePattern = "" }))["logGroups"]![0]!.AsObject();

        Assert.Equal(new[] { "arn", "creationTime", "logGroupName" }, group.Select(p => p.Key).Order());
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
    public async Task NextToken_ContinuesAfterTheLastNameReturned_WhenEarlierGroupsAppear()
    {
        foreach (string name in new[] { "b", "c", "d", "e" }) await Seed.GroupAsync(name);
        JsonNode first = await Api.OkAsync("DescribeLogGroups", new { limit = 2 });
        await Seed.GroupAsync("a"); // sorts before the page just read

        JsonNode second = await Api.OkAsync("DescribeLogGroups", new { limit = 2, nextToken = (string)first["nextToken"]! });

        Assert.Equal(new[] { "b", "c" }, Names(first));
        Assert.Equal(new[] { "d", "e" }, Names(second));
    }

    [Fact]
    public async Task NextToken_SkipsGroupsDeletedBetweenPages()
    {
        foreach (string name in new[] { "a", "b", "c", "d" }) await Seed.GroupAsync(name);
        JsonNode first = await Api.OkAsync("DescribeLogGroups", new { limit = 2 });
        await Api.OkAsync("DeleteLogGroup", new { logGroupName = "a" });

        JsonNode second = await Api.OkAsync("DescribeLogGroups", new { limit = 2, nextToken = (string)first["nextToken"]! });

        Assert.Equal(new[] { "c", "d" }, Names(second));
    }

    [Fact]
    public async Task LogGroupIdentifiers_SelectGroupsByNameOrArn()
    {
        foreach (string name in new[] { "/a", "/b", "/c" }) await Seed.GroupAsync(name);

        string[] names = await NamesAsync(new { logGroupIdentifiers = new[] { "/c", "arn:aws:logs:us-east-2:123456789012:log-group:/a", "/missing" } });

        Assert.Equal(new[] { "/a", "/c" }, names);
    }

    [Theory]
    [InlineData("logGroupNamePrefix")]
    [InlineData("logGroupNamePattern")]
    [InlineData("logGroupClass")]
    public async Task LogGroupIdentifiers_WithAnotherFilter_IsInvalidParameter(string filter)
    {
        JsonObject request = LogsApi.ToJson(new { logGroupIdentifiers = new[] { "/a" } });
        request[filter] = filter == "logGroupClass" ? "STANDARD" : "a";

        await Api.ErrorAsync("DescribeLogGroups", request, "InvalidParameterException");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    public async Task LogGroupIdentifiers_OutsideOneTo50_IsInvalidParameter(int count)
    {
        ApiResult result = await Api.ErrorAsync("DescribeLogGroups", new { logGroupIdentifiers = Enumerable.Range(0, count).Select(i => $"g{i}").ToArray() }, "InvalidParameterException");

        Assert.Contains("logGroupIdentifiers", result.Message);
    }

    [Fact]
    public async Task LogGroupIdentifiers_ArnEndingWithStar_IsInvalidParameter()
    {
        ApiResult result = await Api.ErrorAsync("DescribeLogGroups", new { logGroupIdentifiers = new[] { "arn:aws:logs:us-east-2:123456789012:log-group:/a:*" } }, "InvalidParameterException");

        Assert.Contains("logGroupIdentifiers", result.Message);
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

    private async Task<string[]> NamesAsync(object request) => Names(await Api.OkAsync("DescribeLogGroups", request));

    private static string[] Names(JsonNode page) =>
        page["logGroups"]!.AsArray().Select(g => (string)g!["logGroupName"]!).ToArray();
}
