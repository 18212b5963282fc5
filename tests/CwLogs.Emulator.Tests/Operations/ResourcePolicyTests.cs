using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CwLogs.Emulator.Tests.Infrastructure;
using Xunit;

namespace CwLogs.Emulator.Tests.Operations;

/// <summary>PutResourcePolicy, DescribeResourcePolicies and DeleteResourcePolicy.</summary>
public sealed class ResourcePolicyTests : EmulatorTest
{
    private const string Document = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"route53.amazonaws.com\"},\"Action\":\"logs:PutLogEvents\",\"Resource\":\"*\"}]}";

    public ResourcePolicyTests(EmulatorFixture fixture) : base(fixture)
    {
    }

    [Fact]
    public async Task Put_ReturnsThePolicy_ReplacingOneKeepsItsName()
    {
        JsonNode created = (await Api.OkAsync("PutResourcePolicy", new { policyName = "p1", policyDocument = Document }))["resourcePolicy"]!;
        JsonNode replaced = (await Api.OkAsync("PutResourcePolicy", new { policyName = "p1", policyDocument = "{}" }))["resourcePolicy"]!;

        Assert.Equal("p1", (string?)created["policyName"]);
        Assert.Equal(Document, (string?)created["policyDocument"]);
        Assert.True((long)created["lastUpdatedTime"]! > 0);
        Assert.Equal("{}", (string?)replaced["policyDocument"]);
        Assert.True((long)replaced["lastUpdatedTime"]! >= (long)created["lastUpdatedTime"]!);
        JsonNode listed = Assert.Single((await Api.OkAsync("DescribeResourcePolicies"))["resourcePolicies"]!.AsArray())!;
        Assert.Equal("{}", (string?)listed["policyDocument"]);
    }

    [Fact]
    public async Task Put_TheEleventhNameIsLimitExceeded_ReplacingOneOfTheTenIsFine()
    {
        for (int i = 0; i < 10; i++) await Api.OkAsync("PutResourcePolicy", new { policyName = $"p{i:00}", policyDocument = Document });

        await Api.ErrorAsync("PutResourcePolicy", new { policyName = "p10", policyDocument = Document }, "LimitExceededException");
        await Api.OkAsync("PutResourcePolicy", new { policyName = "p05", policyDocument = "{}" });
        await Api.OkAsync("DeleteResourcePolicy", new { policyName = "p00" });
        await Api.OkAsync("PutResourcePolicy", new { policyName = "p10", policyDocument = Document });

        Assert.Equal(10, Names(await Api.OkAsync("DescribeResourcePolicies")).Count());
    }

    [Fact]
    public async Task Describe_InNameOrder_AndPages()
    {
        foreach (string name in new[] { "c", "a", "b", "d" }) await Api.OkAsync("PutResourcePolicy", new { policyName = name, policyDocument = Document });

        List<JsonNode> pages = await Api.AllPagesAsync("DescribeResourcePolicies", new { limit = 3 });

        Assert.Equal(new[] { 3, 1 }, pages.Select(p => p["resourcePolicies"]!.AsArray().Count));
        Assert.Equal(new[] { "a", "b", "c", "d" }, pages.SelectMany(Names));
        await Api.ErrorAsync("DescribeResourcePolicies", new { nextToken = "bogus" }, "InvalidParameterException");
    }

    [Fact]
    public async Task Delete_RemovesByName_UnknownNameIsNotFound()
    {
        await Api.OkAsync("PutResourcePolicy", new { policyName = "gone", policyDocument = Document });

        await Api.OkAsync("DeleteResourcePolicy", new { policyName = "gone" });

        Assert.Empty(Names(await Api.OkAsync("DescribeResourcePolicies")));
        ApiResult missing = await Api.ErrorAsync("DeleteResourcePolicy", new { policyName = "gone" }, "ResourceNotFoundException");
        Assert.Contains("gone", missing.Message);
    }

    [Fact]
    public async Task Put_NeedsANameAndAJsonDocument()
    {
        await Api.ErrorAsync("PutResourcePolicy", new { policyDocument = Document }, "InvalidParameterException");
        await Api.ErrorAsync("PutResourcePolicy", new { policyName = "p" }, "InvalidParameterException");
        await Api.ErrorAsync("PutResourcePolicy", new { policyName = "p", policyDocument = "{\"Version\":" }, "InvalidParameterException");
        await Api.ErrorAsync("DeleteResourcePolicy", new { }, "InvalidParameterException");
        Assert.Empty(Names(await Api.OkAsync("DescribeResourcePolicies")));
    }

    private static IEnumerable<string> Names(JsonNode result) => result["resourcePolicies"]!.AsArray().Select(p => (string)p!["policyName"]!);
}
