using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CwLogs.Emulator.Tests.Infrastructure;
using Xunit;

namespace CwLogs.Emulator.Tests.Operations;

/// <summary>PutQueryDefinition, DescribeQueryDefinitions and DeleteQueryDefinition.</summary>
public sealed class QueryDefinitionTests : EmulatorTest
{
    public QueryDefinitionTests(EmulatorFixture fixture) : base(fixture)
    {
    }

    [Fact]
    public async Task Put_CreatesWithNewId_ThenUpdateReplacesEveryMember()
    {
        string id = await PutAsync(new { name = "ops/errors", queryString = "filter level = 'ERROR'", logGroupNames = new[] { "/a", "/b" } });
        JsonNode created = Single(await Api.OkAsync("DescribeQueryDefinitions"));

        string same = await PutAsync(new { queryDefinitionId = id, name = "ops/errors-2", queryString = "stats count(*)" });
        JsonNode updated = Single(await Api.OkAsync("DescribeQueryDefinitions"));

        Assert.Equal(id, same);
        Assert.Equal(id, (string?)created["queryDefinitionId"]);
        Assert.Equal("ops/errors", (string?)created["name"]);
        Assert.Equal("filter level = 'ERROR'", (string?)created["queryString"]);
        Assert.Equal(new[] { "/a", "/b" }, created["logGroupNames"]!.AsArray().Select(n => (string)n!));
        Assert.True((long)created["lastModified"]! > 0);
        Assert.Equal("ops/errors-2", (string?)updated["name"]);
        Assert.Equal("stats count(*)", (string?)updated["queryString"]);
        Assert.Null(updated["logGroupNames"]); // not sent on update: none kept
    }

    [Fact]
    public async Task Describe_FiltersByNamePrefix_InNameOrder_AndPages()
    {
        foreach (string name in new[] { "web/b", "db/a", "web/a", "web/c" })
            await PutAsync(new { name, queryString = "fields @message" });

        JsonNode web = await Api.OkAsync("DescribeQueryDefinitions", new { queryDefinitionNamePrefix = "web" });
        List<JsonNode> pages = await Api.AllPagesAsync("DescribeQueryDefinitions", new { maxResults = 3 });

        Assert.Equal(new[] { "web/a", "web/b", "web/c" }, Names(web));
        Assert.Equal(new[] { 3, 1 }, pages.Select(p => p["queryDefinitions"]!.AsArray().Count));
        Assert.Equal(new[] { "db/a", "web/a", "web/b", "web/c" }, pages.SelectMany(Names));
    }

    [Fact]
    public async Task Delete_RemovesById_UnknownIdIsNotFound()
    {
        string id = await PutAsync(new { name = "gone", queryString = "fields @message" });
        string kept = await PutAsync(new { name = "kept", queryString = "fields @message" });

        JsonNode deleted = await Api.OkAsync("DeleteQueryDefinition", new { queryDefinitionId = id });

        Assert.True((bool)deleted["success"]!);
        Assert.Equal(new[] { "kept" }, Names(await Api.OkAsync("DescribeQueryDefinitions")));
        await Api.ErrorAsync("DeleteQueryDefinition", new { queryDefinitionId = id }, "ResourceNotFoundException");
        Assert.NotEqual(id, kept);
    }

    [Fact]
    public async Task Validation()
    {
        await Api.ErrorAsync("PutQueryDefinition", new { queryString = "fields @message" }, "InvalidParameterException");
        await Api.ErrorAsync("PutQueryDefinition", new { name = "n" }, "InvalidParameterException");
        await Api.ErrorAsync("PutQueryDefinition", new { name = "bad:name", queryString = "x" }, "InvalidParameterException");
        await Api.ErrorAsync("PutQueryDefinition", new { name = "trailing/", queryString = "x" }, "InvalidParameterException");
        await Api.ErrorAsync("PutQueryDefinition", new { name = new string('n', 256), queryString = "x" }, "InvalidParameterException");
        await Api.ErrorAsync("PutQueryDefinition", new { name = "n", queryString = "" }, "InvalidParameterException");
        await Api.ErrorAsync("PutQueryDefinition", new { name = "n", queryString = "x", logGroupNames = new[] { "bad group!" } }, "InvalidParameterException");
        await Api.ErrorAsync("PutQueryDefinition", new { name = "n", queryString = "x", queryDefinitionId = "no-such-id" }, "ResourceNotFoundException");
        await Api.ErrorAsync("DescribeQueryDefinitions", new { maxResults = 1001 }, "InvalidParameterException");
        await Api.ErrorAsync("DescribeQueryDefinitions", new { queryDefinitionNamePrefix = "a*" }, "InvalidParameterException");
        await Api.ErrorAsync("DescribeQueryDefinitions", new { nextToken = "bogus" }, "InvalidParameterException");
        await Api.ErrorAsync("DeleteQueryDefinition", new { }, "InvalidParameterException");
        Assert.Empty((await Api.OkAsync("DescribeQueryDefinitions"))["queryDefinitions"]!.AsArray());
    }

    private async Task<string> PutAsync(object request) =>
        (string)(await Api.OkAsync("PutQueryDefinition", request))["queryDefinitionId"]!;

    private static JsonNode Single(JsonNode page) => Assert.Single(page["queryDefinitions"]!.AsArray())!;

    private static string[] Names(JsonNode page) => page["queryDefinitions"]!.AsArray().Select(d => (string)d!["name"]!).ToArray();
}
