using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CwLogs.Emulator.Tests.Infrastructure;
using Xunit;

namespace CwLogs.Emulator.Tests.Operations;

/// <summary>PutSubscriptionFilter, DescribeSubscriptionFilters and DeleteSubscriptionFilter.</summary>
public sealed class SubscriptionFilterTests : EmulatorTest
{
    private const string Lambda = "arn:aws:lambda:us-east-2:123456789012:function:ship";
    private const string Kinesis = "arn:aws:kinesis:us-east-2:123456789012:stream/logs";

    public SubscriptionFilterTests(EmulatorFixture fixture) : base(fixture)
    {
    }

    private Task<ApiResult> PutAsync(string group, string filter, string destination = Lambda, string pattern = "", string? distribution = null, string? roleArn = null) =>
        Api.CallAsync("PutSubscriptionFilter", new { logGroupName = group, filterName = filter, filterPattern = pattern, destinationArn = destination, roleArn, distribution });

    private static IEnumerable<string> Names(JsonNode page) =>
        page["subscriptionFilters"]!.AsArray().Select(f => (string)f!["filterName"]!);

    [Fact]
    public async Task Put_KeepsEveryMember_DistributionDefaultsToByLogStream()
    {
        await Seed.GroupAsync("/sf/a");
        Assert.Equal(System.Net.HttpStatusCode.OK, (await PutAsync("/sf/a", "to-kinesis", Kinesis, "ERROR", "Random", "arn:aws:iam::123456789012:role/cwl")).Status);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await PutAsync("/sf/a", "to-lambda")).Status);

        JsonArray filters = (await Api.OkAsync("DescribeSubscriptionFilters", new { logGroupName = "/sf/a" }))["subscriptionFilters"]!.AsArray();

        JsonNode kinesis = filters[0]!;
        Assert.Equal("to-kinesis", (string?)kinesis["filterName"]);
        Assert.Equal("/sf/a", (string?)kinesis["logGroupName"]);
        Assert.Equal("ERROR", (string?)kinesis["filterPattern"]);
        Assert.Equal(Kinesis, (string?)kinesis["destinationArn"]);
        Assert.Equal("arn:aws:iam::123456789012:role/cwl", (string?)kinesis["roleArn"]);
        Assert.Equal("Random", (string?)kinesis["distribution"]);
        Assert.True((long)kinesis["creationTime"]! > 0);
        Assert.Equal("ByLogStream", (string?)filters[1]!["distribution"]);
        Assert.Null(filters[1]!["roleArn"]);
    }

    [Fact]
    public async Task Put_ThirdFilterIsLimitExceeded_SameNameReplaces()
    {
        await Seed.GroupAsync("/sf/limit");
        await PutAsync("/sf/limit", "one");
        await PutAsync("/sf/limit", "two");

        ApiResult third = await PutAsync("/sf/limit", "three");
        ApiResult replaced = await PutAsync("/sf/limit", "two", pattern: "WARN");

        LogsApi.AssertError(third, "LimitExceededException");
        Assert.Equal(System.Net.HttpStatusCode.OK, replaced.Status);
        JsonNode listed = await Api.OkAsync("DescribeSubscriptionFilters", new { logGroupName = "/sf/limit" });
        Assert.Equal(new[] { "one", "two" }, Names(listed));
        Assert.Equal("WARN", (string?)listed["subscriptionFilters"]![1]!["filterPattern"]);
    }

    [Fact]
    public async Task Describe_ByPrefix_AndPages()
    {
        await Seed.GroupAsync("/sf/p");
        await PutAsync("/sf/p", "b-filter");
        await PutAsync("/sf/p", "a-filter");

        JsonNode prefixed = await Api.OkAsync("DescribeSubscriptionFilters", new { logGroupName = "/sf/p", filterNamePrefix = "b" });
        List<JsonNode> pages = await Api.AllPagesAsync("DescribeSubscriptionFilters", new { logGroupName = "/sf/p", limit = 1 });

        Assert.Equal(new[] { "b-filter" }, Names(prefixed));
        Assert.Equal(new[] { "a-filter", "b-filter" }, pages.SelectMany(Names));
        Assert.Equal(2, pages.Count);
    }

    [Fact]
    public async Task Delete_RemovesOne_MissingFilterOrGroupIsNotFound()
    {
        await Seed.GroupAsync("/sf/del");
        await PutAsync("/sf/del", "gone");

        await Api.OkAsync("DeleteSubscriptionFilter", new { logGroupName = "/sf/del", filterName = "gone" });

        Assert.Empty((await Api.OkAsync("DescribeSubscriptionFilters", new { logGroupName = "/sf/del" }))["subscriptionFilters"]!.AsArray());
        await Api.ErrorAsync("DeleteSubscriptionFilter", new { logGroupName = "/sf/del", filterName = "gone" }, "ResourceNotFoundException");
        await Api.ErrorAsync("DescribeSubscriptionFilters", new { logGroupName = "/sf/none" }, "ResourceNotFoundException");
        LogsApi.AssertError(await PutAsync("/sf/none", "f"), "ResourceNotFoundException");
    }

    [Fact]
    public async Task Validation()
    {
        await Seed.GroupAsync("/sf/v");
        LogsApi.AssertError(await PutAsync("/sf/v", "f", destination: "not-an-arn"), "InvalidParameterException");
        LogsApi.AssertError(await PutAsync("/sf/v", "f", destination: "arn:aws:s3:::bucket"), "InvalidParameterException");
        LogsApi.AssertError(await PutAsync("/sf/v", "f", distribution: "Sideways"), "InvalidParameterException");
        LogsApi.AssertError(await PutAsync("/sf/v", "f*"), "InvalidParameterException");
        LogsApi.AssertError(await PutAsync("/sf/v", "f", pattern: "{ $.a = "), "InvalidParameterException");
        await Api.ErrorAsync("DescribeSubscriptionFilters", new { logGroupName = "/sf/v", limit = 0 }, "InvalidParameterException");
        Assert.Empty((await Api.OkAsync("DescribeSubscriptionFilters", new { logGroupName = "/sf/v" }))["subscriptionFilters"]!.AsArray());
    }
}
