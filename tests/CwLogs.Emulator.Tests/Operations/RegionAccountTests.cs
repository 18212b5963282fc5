using System;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CwLogs.Emulator.Tests.Infrastructure;
using Xunit;

namespace CwLogs.Emulator.Tests.Operations;

/// <summary>
/// Every call works on the data of the account and region it was signed for: the region from the SigV4 credential
/// scope, the account from the access key (12 trailing digits name it; any other key is account 123456789012).
/// </summary>
public sealed class RegionAccountTests : EmulatorTest
{
    private const string OtherAccountKey = "AKIATEST111122223333";

    public RegionAccountTests(EmulatorFixture fixture) : base(fixture)
    {
    }

    [Fact]
    public async Task GroupMadeInOneRegion_IsNotListedInAnother_AndItsArnNamesItsRegion()
    {
        await OkAsync("CreateLogGroup", new { logGroupName = "/regional/app" }, "eu-west-1");

        JsonNode inEurope = await OkAsync("DescribeLogGroups", new { }, "eu-west-1");
        JsonNode inOhio = await OkAsync("DescribeLogGroups", new { }, "us-east-2");

        JsonNode group = Assert.Single(inEurope["logGroups"]!.AsArray())!;
        Assert.Equal("arn:aws:logs:eu-west-1:123456789012:log-group:/regional/app", (string?)group["logGroupArn"]);
        Assert.Empty(inOhio["logGroups"]!.AsArray());
        await OkAsync("CreateLogGroup", new { logGroupName = "/regional/app" }, "us-east-2"); // the name is free there
        ApiResult write = await Api.SendAsync(Api.Request("Logs_20140328.CreateLogStream",
            JsonSerializer.Serialize(new { logGroupName = "/regional/app", logStreamName = "s" }), region: "ap-south-1"));
        LogsApi.AssertError(write, "ResourceNotFoundException");
    }

    [Fact]
    public async Task AccountComesFromTheAccessKey_AndAccountsAreKeptApart()
    {
        await OkAsync("CreateLogGroup", new { logGroupName = "/accounts/app" }, "us-east-2", OtherAccountKey);

        JsonNode mine = await OkAsync("DescribeLogGroups", new { }, "us-east-2", OtherAccountKey);
        JsonNode theDefaultAccount = await OkAsync("DescribeLogGroups", new { }, "us-east-2");

        JsonNode group = Assert.Single(mine["logGroups"]!.AsArray())!;
        Assert.Equal("arn:aws:logs:us-east-2:111122223333:log-group:/accounts/app", (string?)group["logGroupArn"]);
        Assert.Empty(theDefaultAccount["logGroups"]!.AsArray());
        ApiResult tags = await Api.SendAsync(Api.Request("Logs_20140328.ListTagsForResource",
            JsonSerializer.Serialize(new { resourceArn = "arn:aws:logs:us-east-2:111122223333:log-group:/accounts/app" })));
        LogsApi.AssertError(tags, "ResourceNotFoundException"); // another account's group, asked for by the default account
    }

    [Fact]
    public async Task ResourceArnOfAnotherRegion_IsNotFound()
    {
        await OkAsync("CreateLogGroup", new { logGroupName = "/arns/app" }, "eu-west-1");

        JsonNode tags = await OkAsync("ListTagsForResource", new { resourceArn = "arn:aws:logs:eu-west-1:123456789012:log-group:/arns/app" }, "eu-west-1");
        ApiResult elsewhere = await Api.SendAsync(Api.Request("Logs_20140328.ListTagsForResource",
            JsonSerializer.Serialize(new { resourceArn = "arn:aws:logs:eu-west-1:123456789012:log-group:/arns/app" }), region: "us-east-2"));

        Assert.NotNull(tags["tags"]);
        LogsApi.AssertError(elsewhere, "ResourceNotFoundException");
    }

    private async Task<JsonNode> OkAsync(string operation, object body, string region, string accessKeyId = SigV4Headers.AccessKeyId)
    {
        var request = Api.Request("Logs_20140328." + operation, JsonSerializer.Serialize(body), authorization: SigV4Headers.Authorization(region, DateTime.UtcNow, accessKeyId));
        ApiResult result = await Api.SendAsync(request);
        Assert.True(result.Status == HttpStatusCode.OK, $"{operation} in {region} failed: {(int)result.Status} {result.Raw}");
        return result.Body;
    }
}
