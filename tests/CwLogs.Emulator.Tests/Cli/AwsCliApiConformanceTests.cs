using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CwLogs.Emulator.Tests.Infrastructure;
using Xunit;

namespace CwLogs.Emulator.Tests.Cli;

/// <summary>The AWS CLI v2 cross-checks the emulator where it once departed from the API reference.</summary>
public sealed class AwsCliApiConformanceTests : AwsCliTest
{
    private const string Group = "/cli/conformance";

    public AwsCliApiConformanceTests(EmulatorFixture fixture) : base(fixture)
    {
    }

    [Fact]
    public async Task FilterLogEvents_SpaceDelimitedPattern()
    {
        await Seed.GroupWithStreamsAsync(Group, "s");
        long start = Clock.NowMillis() - Clock.Minute;
        await Seed.EventsAsync(Group, "s", new[]
        {
            (start, "10.0.0.1 frank [10/Oct/2000:13:25:15 -0700] \"GET /a HTTP/1.0\" 200 512"),
            (start + 1, "10.0.0.2 frank [10/Oct/2000:13:25:16 -0700] \"GET /b HTTP/1.0\" 404 2048"),
        });

        JsonNode result = (await LogsAsync("filter-log-events", "--log-group-name", Group,
            "--filter-pattern", "[ip, user, ..., status_code = 4*, bytes]")).Json!;

        Assert.Equal(new[] { "10.0.0.2 frank [10/Oct/2000:13:25:16 -0700] \"GET /b HTTP/1.0\" 404 2048" },
            result["events"]!.AsArray().Select(e => (string)e!["message"]!));
        Assert.Empty(result["searchedLogStreams"]!.AsArray());
    }

    [Fact]
    public async Task FilterLogEvents_JsonWildcardMatchesNumbers()
    {
        await Seed.GroupWithStreamsAsync(Group, "s");
        long start = Clock.NowMillis() - Clock.Minute;
        await Seed.EventsAsync(Group, "s", new[] { (start, "{\"latency\":50}"), (start + 1, "{\"other\":1}") });

        JsonNode result = (await LogsAsync("filter-log-events", "--log-group-name", Group, "--filter-pattern", "{ $.latency = * }")).Json!;

        Assert.Equal(new[] { "{\"latency\":50}" }, result["events"]!.AsArray().Select(e => (string)e!["message"]!));
    }

    [Fact]
    public async Task DescribeLogGroups_Pattern_IsCaseSensitive_AndReturnsThreeMembers()
    {
        await Seed.GroupAsync("/cli/DataLogs");
        await Seed.GroupAsync("/cli/datalogs");
        await Api.OkAsync("PutRetentionPolicy", new { logGroupName = "/cli/DataLogs", retentionInDays = 7 });

        JsonNode result = (await LogsAsync("describe-log-groups", "--log-group-name-pattern", "DataLogs")).Json!;

        JsonObject group = result["logGroups"]!.AsArray().Single()!.AsObject();
        Assert.Equal("/cli/DataLogs", (string?)group["logGroupName"]);
        Assert.Equal(new[] { "arn", "creationTime", "logGroupName" }, group.Select(p => p.Key).Order());
    }

    [Fact]
    public async Task CreateLogGroup_AwsSlashPrefix_IsReserved()
    {
        CliResult result = await LogsFailsAsync("InvalidParameterException", "create-log-group", "--log-group-name", "aws/cli");

        Assert.Contains("Log groups starting with AWS/ are reserved for AWS.", result.StdErr);
    }

    [Fact]
    public async Task GetLogEvents_LegacyArnEndingWithStar_IsRejected()
    {
        await Seed.GroupWithStreamsAsync(Group, "s");

        await LogsFailsAsync("InvalidParameterException", "get-log-events", "--log-group-identifier",
            $"arn:aws:logs:us-east-2:123456789012:log-group:{Group}:*", "--log-stream-name", "s");
    }

    [Fact]
    public async Task ModelConstraints_TheCliLeavesToTheService_AreReportedTogether()
    {
        // The CLI checks only required members, types and minimums itself; patterns, enums and maximums reach the emulator.
        CliResult result = await LogsFailsAsync("InvalidParameterException", "describe-log-streams",
            "--log-group-name", "bad name", "--order-by", "CreationTime", "--limit", "51");

        Assert.Contains("3 validation errors detected: "
            + @"Value 'bad name' at 'logGroupName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\.\-_/#A-Za-z0-9]+; "
            + "Value 'CreationTime' at 'orderBy' failed to satisfy constraint: Member must satisfy enum value set: [LogStreamName, LastEventTime]; "
            + "Value '51' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 50",
            result.StdErr);
        Assert.Equal(1, Server.Journal.Count("DescribeLogStreams"));
    }
}
