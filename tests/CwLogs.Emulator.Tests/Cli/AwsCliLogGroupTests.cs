using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CwLogs.Emulator.Tests.Infrastructure;
using Xunit;

namespace CwLogs.Emulator.Tests.Cli;

/// <summary>The AWS CLI v2 against the emulator: log groups, retention and client-side paging.</summary>
public sealed class AwsCliLogGroupTests : AwsCliTest
{
    public AwsCliLogGroupTests(EmulatorFixture fixture) : base(fixture)
    {
    }

    [Fact]
    public async Task CreateAndDescribeLogGroups_AndSignatureScopeIsUsEast2Logs()
    {
        await LogsAsync("create-log-group", "--log-group-name", "/cli/app");

        JsonNode groups = (await LogsAsync("describe-log-groups")).Json!;

        JsonNode group = groups["logGroups"]!.AsArray().Single()!;
        Assert.Equal("/cli/app", (string?)group["logGroupName"]);
        Assert.Equal("arn:aws:logs:us-east-2:123456789012:log-group:/cli/app:*", (string?)group["arn"]);
        JournalEntry create = Server.Journal.Entries.First(e => e.Operation == "CreateLogGroup");
        Assert.StartsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/", create.Authorization);
        Assert.Contains("/us-east-2/logs/aws4_request", create.Authorization);
        Assert.Matches("^[0-9]{8}T[0-9]{6}Z$", create.AmzDate);
        Assert.StartsWith("aws-cli/2.", create.UserAgent);
        Assert.Equal("/cli/app", (string?)JsonNode.Parse(create.Body)!["logGroupName"]);
    }

    [Fact]
    public async Task DescribeLogGroups_FollowsServerNextTokens()
    {
        await SeedGroupsAsync(5);

        JsonNode result = (await LogsAsync("describe-log-groups", "--page-size", "2")).Json!;

        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"/cli/g{i}"), Names(result));
        Assert.Equal(3, Server.Journal.Count("DescribeLogGroups"));
    }

    [Fact]
    public async Task DescribeLogGroups_NoPaginate_ReturnsOnePageAndServerToken()
    {
        await SeedGroupsAsync(5);

        JsonNode result = (await LogsAsync("describe-log-groups", "--no-paginate", "--limit", "2")).Json!;

        Assert.Equal(new[] { "/cli/g0", "/cli/g1" }, Names(result));
        Assert.False(string.IsNullOrEmpty((string?)result["nextToken"]));
        Assert.Equal(1, Server.Journal.Count("DescribeLogGroups"));
    }

    [Fact]
    public async Task DescribeLogGroups_MaxItems_ResumesWithStartingToken()
    {
        await SeedGroupsAsync(5);

        JsonNode first = (await LogsAsync("describe-log-groups", "--max-items", "2", "--page-size", "2")).Json!;
        string token = (string)first["NextToken"]!;
        JsonNode rest = (await LogsAsync("describe-log-groups", "--starting-token", token, "--page-size", "2")).Json!;

        Assert.Equal(new[] { "/cli/g0", "/cli/g1" }, Names(first));
        Assert.Equal(new[] { "/cli/g2", "/cli/g3", "/cli/g4" }, Names(rest));
    }

    [Fact]
    public async Task PutAndDeleteRetentionPolicy()
    {
        await Seed.GroupAsync("/cli/app");

        await LogsAsync("put-retention-policy", "--log-group-name", "/cli/app", "--retention-in-days", "7");
        Assert.Equal(7, (int?)(await Api.OkAsync("DescribeLogGroups"))["logGroups"]![0]!["retentionInDays"]);

        await LogsAsync("delete-retention-policy", "--log-group-name", "/cli/app");
        Assert.Null((await Api.OkAsync("DescribeLogGroups"))["logGroups"]![0]!["retentionInDays"]);
    }

    [Fact]
    public async Task DeleteLogGroup_ThenAgainIsResourceNotFound()
    {
        await Seed.GroupAsync("/cli/app");

        await LogsAsync("delete-log-group", "--log-group-name", "/cli/app");

        Assert.Empty((await Api.OkAsync("DescribeLogGroups"))["logGroups"]!.AsArray());
        CliResult again = await LogsFailsAsync("ResourceNotFoundException", "delete-log-group", "--log-group-name", "/cli/app");
        Assert.Contains("The specified log group does not exist.", again.StdErr);
    }

    private async Task SeedGroupsAsync(int count)
    {
        for (int i = 0; i < count; i++) await Seed.GroupAsync($"/cli/g{i}");
        Server.Journal.Clear();
    }

    private static string[] Names(JsonNode result) =>
        result["logGroups"]!.AsArray().Select(g => (string)g!["logGroupName"]!).ToArray();
}
