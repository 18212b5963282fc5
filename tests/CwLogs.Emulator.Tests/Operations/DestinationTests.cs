using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CwLogs.Emulator.Tests.Infrastructure;
using Xunit;

namespace CwLogs.Emulator.Tests.Operations;

/// <summary>PutDestination, PutDestinationPolicy, DescribeDestinations and DeleteDestination.</summary>
public sealed class DestinationTests : EmulatorTest
{
    private const string Target = "arn:aws:kinesis:us-east-2:123456789012:stream/s";
    private const string Role = "arn:aws:iam::123456789012:role/r";
    private const string AccountPolicy = "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"111122223333\"},\"Action\":\"logs:PutSubscriptionFilter\",\"Resource\":\"*\"}]}";
    private const string OrgPolicy = "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"logs:PutSubscriptionFilter\",\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{\"aws:PrincipalOrgID\":[\"o-1\"]}}}]}";

    public DestinationTests(EmulatorFixture fixture) : base(fixture)
    {
    }

    [Fact]
    public async Task Put_CreatesWithArnAndCreationTime_UpdateKeepsCreationTimeAndPolicy()
    {
        JsonNode created = (await Api.OkAsync("PutDestination", new { destinationName = "d1", targetArn = Target, roleArn = Role, tags = new { team = "ops" } }))["destination"]!;
        await Api.OkAsync("PutDestinationPolicy", new { destinationName = "d1", accessPolicy = AccountPolicy });
        JsonNode updated = (await Api.OkAsync("PutDestination", new { destinationName = "d1", targetArn = Target + "2", roleArn = Role }))["destination"]!;

        Assert.Equal("d1", (string?)created["destinationName"]);
        Assert.Equal("arn:aws:logs:us-east-2:123456789012:destination:d1", (string?)created["arn"]);
        Assert.Equal(Target, (string?)created["targetArn"]);
        Assert.Equal(Role, (string?)created["roleArn"]);
        Assert.True((long)created["creationTime"]! > 0);
        Assert.Null(created["accessPolicy"]);
        Assert.Equal(Target + "2", (string?)updated["targetArn"]);
        Assert.Equal((long)created["creationTime"]!, (long)updated["creationTime"]!);
        Assert.Equal(AccountPolicy, (string?)updated["accessPolicy"]);
    }

    [Fact]
    public async Task Describe_FiltersByPrefix_InNameOrder_AndPages()
    {
        foreach (string name in new[] { "web-b", "db-a", "web-a", "web-c" }) await PutAsync(name);

        JsonNode web = await Api.OkAsync("DescribeDestinations", new { DestinationNamePrefix = "web" });
        List<JsonNode> pages = await Api.AllPagesAsync("DescribeDestinations", new { limit = 3 });

        Assert.Equal(new[] { "web-a", "web-b", "web-c" }, Names(web));
        Assert.Equal(new[] { 3, 1 }, pages.Select(p => p["destinations"]!.AsArray().Count));
        Assert.Equal(new[] { "db-a", "web-a", "web-b", "web-c" }, pages.SelectMany(Names));
        await Api.ErrorAsync("DescribeDestinations", new { nextToken = "bogus" }, "InvalidParameterException");
    }

    [Fact]
    public async Task PutPolicy_NeedsAnExistingDestinationAndJson()
    {
        await PutAsync("d1");

        await Api.ErrorAsync("PutDestinationPolicy", new { destinationName = "missing", accessPolicy = AccountPolicy }, "ResourceNotFoundException");
        await Api.ErrorAsync("PutDestinationPolicy", new { destinationName = "d1", accessPolicy = "not json" }, "InvalidParameterException");
        await Api.ErrorAsync("PutDestinationPolicy", new { destinationName = "d1" }, "InvalidParameterException");
        await Api.OkAsync("PutDestinationPolicy", new { destinationName = "d1", accessPolicy = AccountPolicy });

        Assert.Equal(AccountPolicy, (string?)Single(await Api.OkAsync("DescribeDestinations"))["accessPolicy"]);
    }

    [Fact]
    public async Task PutPolicy_FromAccountsToAnOrganization_NeedsForceUpdate()
    {
        await PutAsync("d1");
        await PutAsync("d2");
        await Api.OkAsync("PutDestinationPolicy", new { destinationName = "d1", accessPolicy = AccountPolicy });

        await Api.ErrorAsync("PutDestinationPolicy", new { destinationName = "d1", accessPolicy = OrgPolicy }, "InvalidParameterException");
        await Api.ErrorAsync("PutDestinationPolicy", new { destinationName = "d1", accessPolicy = OrgPolicy, forceUpdate = false }, "InvalidParameterException");
        await Api.OkAsync("PutDestinationPolicy", new { destinationName = "d1", accessPolicy = OrgPolicy, forceUpdate = true });
        await Api.OkAsync("PutDestinationPolicy", new { destinationName = "d2", accessPolicy = OrgPolicy }); // no policy before: nothing to break

        JsonNode listed = await Api.OkAsync("DescribeDestinations");
        Assert.All(listed["destinations"]!.AsArray(), d => Assert.Equal(OrgPolicy, (string?)d!["accessPolicy"]));
    }

    [Fact]
    public async Task Delete_RemovesByName_UnknownNameIsNotFound()
    {
        await PutAsync("gone");
        await PutAsync("kept");

        await Api.OkAsync("DeleteDestination", new { destinationName = "gone" });

        Assert.Equal(new[] { "kept" }, Names(await Api.OkAsync("DescribeDestinations")));
        await Api.ErrorAsync("DeleteDestination", new { destinationName = "gone" }, "ResourceNotFoundException");
        await Api.ErrorAsync("DeleteDestination", new { }, "InvalidParameterException");
    }

    [Fact]
    public async Task Put_RequiresNameTargetAndRole()
    {
        await Api.ErrorAsync("PutDestination", new { targetArn = Target, roleArn = Role }, "InvalidParameterException");
        await Api.ErrorAsync("PutDestination", new { destinationName = "d", roleArn = Role }, "InvalidParameterException");
        await Api.ErrorAsync("PutDestination", new { destinationName = "d", targetArn = Target }, "InvalidParameterException");
        Assert.Empty((await Api.OkAsync("DescribeDestinations"))["destinations"]!.AsArray());
    }

    private Task<JsonNode> PutAsync(string name) => Api.OkAsync("PutDestination", new { destinationName = name, targetArn = Target, roleArn = Role });

    private static JsonNode Single(JsonNode result) => Assert.Single(result["destinations"]!.AsArray())!;

    private static IEnumerable<string> Names(JsonNode result) => result["destinations"]!.AsArray().Select(d => (string)d!["destinationName"]!);
}
