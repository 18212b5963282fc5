using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CwLogs.Emulator.Tests.Infrastructure;
using Xunit;

namespace CwLogs.Emulator.Tests.Operations;

/// <summary>TagLogGroup / UntagLogGroup / ListTagsLogGroup and TagResource / UntagResource / ListTagsForResource.</summary>
public sealed class TagTests : EmulatorTest
{
    private const string GroupArn = "arn:aws:logs:us-east-2:123456789012:log-group:/app/web";

    public TagTests(EmulatorFixture fixture) : base(fixture)
    {
    }

    [Fact]
    public async Task TagLogGroup_AddsAndOverwrites_ListTagsLogGroupShowsThem()
    {
        await Seed.GroupAsync("/app/web");

        await Api.OkAsync("TagLogGroup", new { logGroupName = "/app/web", tags = new Dictionary<string, string> { ["team"] = "ops", ["env"] = "dev" } });
        await Api.OkAsync("TagLogGroup", new { logGroupName = "/app/web", tags = new Dictionary<string, string> { ["env"] = "prod", ["empty"] = "" } });

        Assert.Equal(new Dictionary<string, string> { ["team"] = "ops", ["env"] = "prod", ["empty"] = "" }, await TagsByNameAsync("/app/web"));
    }

    [Fact]
    public async Task ListTags_OfAGroupWithoutTags_IsAnEmptyMap()
    {
        await Seed.GroupAsync("/app/web");

        JsonNode byName = await Api.OkAsync("ListTagsLogGroup", new { logGroupName = "/app/web" });
        JsonNode byArn = await Api.OkAsync("ListTagsForResource", new { resourceArn = GroupArn });

        Assert.Empty(byName["tags"]!.AsObject());
        Assert.Empty(byArn["tags"]!.AsObject());
    }

    [Fact]
    public async Task CreateLogGroupTags_AreListed()
    {
        await Api.OkAsync("CreateLogGroup", new { logGroupName = "/app/web", tags = new Dictionary<string, string> { ["team"] = "ops" } });

        Assert.Equal("ops", (await TagsByArnAsync(GroupArn))["team"]);
    }

    [Fact]
    public async Task UntagLogGroup_RemovesKeys_IgnoresKeysTheGroupLacks()
    {
        await Api.OkAsync("CreateLogGroup", new { logGroupName = "/app/web", tags = new Dictionary<string, string> { ["a"] = "1", ["b"] = "2" } });

        await Api.OkAsync("UntagLogGroup", new { logGroupName = "/app/web", tags = new[] { "a", "missing" } });

        Assert.Equal(new Dictionary<string, string> { ["b"] = "2" }, await TagsByNameAsync("/app/web"));
    }

    [Fact]
    public async Task ResourceArnOperations_SeeTheSameTagsAsTheGroupOperations()
    {
        await Seed.GroupAsync("/app/web");

        await Api.OkAsync("TagResource", new { resourceArn = GroupArn, tags = new Dictionary<string, string> { ["a"] = "1", ["b"] = "2" } });
        Assert.Equal(new Dictionary<string, string> { ["a"] = "1", ["b"] = "2" }, await TagsByNameAsync("/app/web"));

        await Api.OkAsync("UntagResource", new { resourceArn = GroupArn, tagKeys = new[] { "a" } });
        Assert.Equal(new Dictionary<string, string> { ["b"] = "2" }, await TagsByArnAsync(GroupArn));
    }

    [Fact]
    public async Task AnArnOfAnotherRegion_IsNotFound_ForRegionsKeepTheirOwnGroups()
    {
        await Seed.GroupAsync("/app/web");

        await Api.ErrorAsync("TagResource", new { resourceArn = GroupArn.Replace("us-east-2", "eu-west-1"), tags = new Dictionary<string, string> { ["a"] = "1" } },
            "ResourceNotFoundException");

        Assert.Empty(await TagsByNameAsync("/app/web"));
    }

    [Fact]
    public async Task MissingGroup_IsResourceNotFound_ForEveryOperation()
    {
        var tags = new Dictionary<string, string> { ["a"] = "1" };
        const string missingArn = "arn:aws:logs:us-east-2:123456789012:log-group:nope";

        await Api.ErrorAsync("TagLogGroup", new { logGroupName = "nope", tags }, "ResourceNotFoundException");
        await Api.ErrorAsync("UntagLogGroup", new { logGroupName = "nope", tags = new[] { "a" } }, "ResourceNotFoundException");
        await Api.ErrorAsync("ListTagsLogGroup", new { logGroupName = "nope" }, "ResourceNotFoundException");
        await Api.ErrorAsync("TagResource", new { resourceArn = missingArn, tags }, "ResourceNotFoundException");
        await Api.ErrorAsync("UntagResource", new { resourceArn = missingArn, tagKeys = new[] { "a" } }, "ResourceNotFoundException");
        await Api.ErrorAsync("ListTagsForResource", new { resourceArn = missingArn }, "ResourceNotFoundException");
    }

    [Fact]
    public async Task TheGroupArnEndingInWildcard_IsRefusedByTheModelPattern()
    {
        await Seed.GroupAsync("/app/web");

        // AWS answers ValidationException "Invalid resourceArn"; the emulator checks the model's pattern
        // (which has no '*') before any handler, so it answers InvalidParameterException (see README).
        ApiResult result = await Api.ErrorAsync("ListTagsForResource", new { resourceArn = GroupArn + ":*" }, "InvalidParameterException");
        Assert.Contains("resourceArn", result.Message);
    }

    [Theory]
    [InlineData("not-an-arn")]
    [InlineData("arn:aws:s3:us-east-2:123456789012:log-group:/app/web")]
    [InlineData("arn:aws:logs:us-east-2:123456789012")]
    public async Task AMalformedArn_IsInvalidResourceArn(string arn)
    {
        await Seed.GroupAsync("/app/web");

        ApiResult result = await Api.ErrorAsync("ListTagsForResource", new { resourceArn = arn }, "ValidationException");
        Assert.Equal("Invalid resourceArn", result.Message);
        await Api.ErrorAsync("TagResource", new { resourceArn = arn, tags = new Dictionary<string, string> { ["a"] = "1" } }, "ValidationException");
        Assert.Empty(await TagsByNameAsync("/app/web"));
    }

    [Theory]
    [InlineData("arn:aws:logs:us-east-2:999999999999:log-group:/app/web")]
    [InlineData("arn:aws:logs:us-east-2:123456789012:destination:/app/web")]
    public async Task AnotherAccountOrAResourceTypeNotKept_IsResourceNotFound(string arn)
    {
        await Seed.GroupAsync("/app/web");

        await Api.ErrorAsync("ListTagsForResource", new { resourceArn = arn }, "ResourceNotFoundException");
    }

    [Fact]
    public async Task MoreThan50TagsInAll_TagLogGroupIsInvalidParameter_TagResourceIsTooManyTags_AndNothingChanges()
    {
        await Seed.GroupAsync("/app/web");
        await Api.OkAsync("TagLogGroup", new { logGroupName = "/app/web", tags = Numbered("k", 45) });

        ApiResult byName = await Api.ErrorAsync("TagLogGroup", new { logGroupName = "/app/web", tags = Numbered("n", 6) }, "InvalidParameterException");
        ApiResult byArn = await Api.ErrorAsync("TagResource", new { resourceArn = GroupArn, tags = Numbered("n", 6) }, "TooManyTagsException");

        Assert.Contains("50 tags", byName.Message);
        Assert.Equal(GroupArn, (string?)byArn.Body["resourceName"]);
        Assert.Equal(45, (await TagsByNameAsync("/app/web")).Count);
    }

    [Fact]
    public async Task Exactly50TagsInAll_AndOverwritingExistingKeys_AreAccepted()
    {
        await Seed.GroupAsync("/app/web");
        await Api.OkAsync("TagLogGroup", new { logGroupName = "/app/web", tags = Numbered("k", 45) });

        // k0..k4 exist already: 5 overwrites and 5 new tags make 50.
        var tags = Numbered("k", 5).Concat(Numbered("n", 5)).ToDictionary(t => t.Key, t => "new");
        await Api.OkAsync("TagResource", new { resourceArn = GroupArn, tags });

        Dictionary<string, string> after = await TagsByNameAsync("/app/web");
        Assert.Equal(50, after.Count);
        Assert.Equal("new", after["k0"]);
    }

    [Fact]
    public async Task BadTags_AreInvalidParameter_AndNothingChanges()
    {
        await Seed.GroupAsync("/app/web");
        var tooLongKey = new Dictionary<string, string> { [new string('k', 129)] = "v" };
        var tooLongValue = new Dictionary<string, string> { ["k"] = new string('v', 257) };

        await Api.ErrorAsync("TagLogGroup", new { logGroupName = "/app/web", tags = Numbered("k", 51) }, "InvalidParameterException");
        await Api.ErrorAsync("TagResource", new { resourceArn = GroupArn, tags = tooLongKey }, "InvalidParameterException");
        await Api.ErrorAsync("TagResource", new { resourceArn = GroupArn, tags = tooLongValue }, "InvalidParameterException");
        await Api.ErrorAsync("TagLogGroup", new { logGroupName = "/app/web", tags = new Dictionary<string, string>() }, "InvalidParameterException");

        Assert.Empty(await TagsByNameAsync("/app/web"));
    }

    [Fact]
    public async Task MissingTags_IsInvalidParameter()
    {
        await Seed.GroupAsync("/app/web");

        await Api.ErrorAsync("TagLogGroup", new { logGroupName = "/app/web" }, "InvalidParameterException");
        await Api.ErrorAsync("UntagResource", new { resourceArn = GroupArn }, "InvalidParameterException");
    }

    private static Dictionary<string, string> Numbered(string prefix, int count) =>
        Enumerable.Range(0, count).ToDictionary(i => prefix + i, i => "v");

    private async Task<Dictionary<string, string>> TagsByNameAsync(string name) =>
        ToDictionary(await Api.OkAsync("ListTagsLogGroup", new { logGroupName = name }));

    private async Task<Dictionary<string, string>> TagsByArnAsync(string arn) =>
        ToDictionary(await Api.OkAsync("ListTagsForResource", new { resourceArn = arn }));

    private static Dictionary<string, string> ToDictionary(JsonNode result) =>
        result["tags"]!.AsObject().ToDictionary(p => p.Key, p => (string)p.Value!);
}
