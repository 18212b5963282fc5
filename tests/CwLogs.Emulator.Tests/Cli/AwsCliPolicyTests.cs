using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CwLogs.Emulator.Tests.Infrastructure;
using Xunit;

namespace CwLogs.Emulator.Tests.Cli;

/// <summary>The AWS CLI v2 against the emulator: destinations, their access policies and resource policies.</summary>
public sealed class AwsCliPolicyTests : AwsCliTest
{
    private const string Policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"111122223333\"},\"Action\":\"logs:PutSubscriptionFilter\",\"Resource\":\"*\"}]}";

    public AwsCliPolicyTests(EmulatorFixture fixture) : base(fixture)
    {
    }

    [Fact]
    public async Task Destinations_PutPolicyDescribeWithPrefixAndPagesDelete()
    {
        foreach (string name in new[] { "cli-a", "cli-b", "cli-c" })
        {
            await LogsAsync("put-destination", "--destination-name", name,
                "--target-arn", "arn:aws:kinesis:us-east-2:123456789012:stream/s", "--role-arn", "arn:aws:iam::123456789012:role/r");
        }
        await LogsAsync("put-destination-policy", "--destination-name", "cli-b", "--access-policy", Policy, "--force-update");

        JsonNode listed = (await LogsAsync("describe-destinations", "--destination-name-prefix", "cli-", "--page-size", "2")).Json!;
        await LogsAsync("delete-destination", "--destination-name", "cli-a");
        await LogsFailsAsync("ResourceNotFoundException", "delete-destination", "--destination-name", "cli-a");

        JsonArray destinations = listed["destinations"]!.AsArray();
        Assert.Equal(new[] { "cli-a", "cli-b", "cli-c" }, destinations.Select(d => (string)d!["destinationName"]!));
        Assert.Equal(Policy, (string?)destinations[1]!["accessPolicy"]);
        Assert.Equal("arn:aws:logs:us-east-2:123456789012:destination:cli-c", (string?)destinations[2]!["arn"]);
        Assert.Equal(2, Server.Journal.Count("DescribeDestinations"));
        Assert.True((bool)JsonNode.Parse(Server.Journal.Entries.Single(e => e.Operation == "PutDestinationPolicy").Body)!["forceUpdate"]!);
    }

    [Fact]
    public async Task ResourcePolicies_PutDescribeDelete_AndTheLimit()
    {
        for (int i = 0; i < 10; i++)
            await LogsAsync("put-resource-policy", "--policy-name", $"cli-{i}", "--policy-document", Policy);

        await LogsFailsAsync("LimitExceededException", "put-resource-policy", "--policy-name", "cli-10", "--policy-document", Policy);
        JsonNode listed = (await LogsAsync("describe-resource-policies")).Json!;
        await LogsAsync("delete-resource-policy", "--policy-name", "cli-0");
        await LogsFailsAsync("ResourceNotFoundException", "delete-resource-policy", "--policy-name", "cli-0");

        JsonArray policies = listed["resourcePolicies"]!.AsArray();
        Assert.Equal(10, policies.Count);
        Assert.Equal(Policy, (string?)policies[0]!["policyDocument"]);
        Assert.True((long)policies[0]!["lastUpdatedTime"]! > 0);
    }
}
