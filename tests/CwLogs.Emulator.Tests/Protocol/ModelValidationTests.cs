using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CwLogs.Emulator.Tests.Infrastructure;
using Xunit;

namespace CwLogs.Emulator.Tests.Protocol;

/// <summary>
/// Requests are validated against the service model before any handler runs. The expected messages
/// are the service's own, as CloudWatch Logs users have reported them (sources in the emulator README).
/// </summary>
public sealed class ModelValidationTests : EmulatorTest
{
    public ModelValidationTests(EmulatorFixture fixture) : base(fixture)
    {
    }

    [Fact]
    public async Task EmptyPrefix_BreaksPatternAndLength_AsTheServiceReportsIt()
    {
        ApiResult result = await Api.ErrorAsync("DescribeLogGroups", new { logGroupNamePrefix = "" }, "InvalidParameterException");

        Assert.Equal("2 validation errors detected: "
            + @"Value '' at 'logGroupNamePrefix' failed to satisfy constraint: Member must satisfy regular expression pattern: [\.\-_/#A-Za-z0-9]+; "
            + "Value '' at 'logGroupNamePrefix' failed to satisfy constraint: Member must have length greater than or equal to 1",
            result.Message);
    }

    [Fact]
    public async Task StreamNameWithColon_IsAPatternViolation()
    {
        await Seed.GroupAsync("g");
        const string name = "worker/main/arn:aws:ecs:us-east-1:123456789012:task/1";

        ApiResult result = await Api.ErrorAsync("CreateLogStream", new { logGroupName = "g", logStreamName = name }, "InvalidParameterException");

        Assert.Equal($"1 validation error detected: Value '{name}' at 'logStreamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [^:*]*",
            result.Message);
    }

    [Fact]
    public async Task PutLogEvents_NamesEachBadEvent_ByItsPosition()
    {
        await Seed.GroupWithStreamsAsync("g", "s");
        long now = Clock.NowMillis();
        var logEvents = new JsonArray
        {
            new JsonObject { ["message"] = "no timestamp" },
            new JsonObject { ["timestamp"] = now, ["message"] = "fine" },
            new JsonObject { ["timestamp"] = now, ["message"] = "" },
        };

        ApiResult result = await Api.ErrorAsync("PutLogEvents", new { logGroupName = "g", logStreamName = "s", logEvents }, "InvalidParameterException");

        Assert.Equal("2 validation errors detected: "
            + "Value null at 'logEvents.1.member.timestamp' failed to satisfy constraint: Member must not be null; "
            + "Value '' at 'logEvents.3.member.message' failed to satisfy constraint: Member must have length greater than or equal to 1",
            result.Message);
        Assert.Empty((await Api.OkAsync("GetLogEvents", new { logGroupName = "g", logStreamName = "s" }))["events"]!.AsArray());
    }

    [Fact]
    public async Task ViolationsOfSeveralMembers_AreReportedTogether()
    {
        ApiResult result = await Api.ErrorAsync("DescribeLogStreams",
            new { logGroupName = "bad name", orderBy = "CreationTime", limit = 51 }, "InvalidParameterException");

        Assert.Equal("3 validation errors detected: "
            + @"Value 'bad name' at 'logGroupName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\.\-_/#A-Za-z0-9]+; "
            + "Value 'CreationTime' at 'orderBy' failed to satisfy constraint: Member must satisfy enum value set: [LogStreamName, LastEventTime]; "
            + "Value '51' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 50",
            result.Message);
    }

    [Fact]
    public async Task Validation_ComesBeforeTheHandler()
    {
        // The group does not exist, but the service refuses the malformed request before looking.
        ApiResult result = await Api.ErrorAsync("GetLogEvents", new { logGroupName = "nope", logStreamName = "s", startTime = -1 }, "InvalidParameterException");

        Assert.Equal("1 validation error detected: Value '-1' at 'startTime' failed to satisfy constraint: Member must have value greater than or equal to 0",
            result.Message);
    }

    [Fact]
    public async Task Tags_KeysAndValues_AreCheckedAgainstTheirShapes()
    {
        var tags = new JsonObject { ["ok"] = "v", ["bad*key"] = "v" };

        ApiResult result = await Api.ErrorAsync("CreateLogGroup", new { logGroupName = "g", tags }, "InvalidParameterException");

        Assert.Equal("1 validation error detected: Value '{ok=v, bad*key=v}' at 'tags' failed to satisfy constraint: Map keys must satisfy constraint: "
            + @"[Member must have length less than or equal to 128, Member must have length greater than or equal to 1, Member must satisfy regular expression pattern: ^([\p{L}\p{Z}\p{N}_.:/=+\-@]+)$]",
            result.Message);
        Assert.Empty((await Api.OkAsync("DescribeLogGroups"))["logGroups"]!.AsArray());
    }

    [Fact]
    public async Task UnknownMembers_AreIgnored()
    {
        ApiResult result = await Api.SendAsync(Api.Request("Logs_20140328.CreateLogGroup",
            """{"logGroupName":"g","notAMember":{"limit":0},"LogGroupName":42}"""));

        Assert.Equal(System.Net.HttpStatusCode.OK, result.Status);
        Assert.Equal("g", (string?)(await Api.OkAsync("DescribeLogGroups"))["logGroups"]![0]!["logGroupName"]);
    }

    [Fact]
    public async Task AwsSdkMembers_HaveNoConstraints_ButAreTypeChecked()
    {
        await Seed.GroupWithStreamsAsync("g", "s");
        var entity = new JsonObject { ["keyAttributes"] = new JsonObject { ["Type"] = "" }, ["attributes"] = new JsonObject() };
        var logEvents = new[] { new { timestamp = Clock.NowMillis(), message = "m" } };

        await Api.OkAsync("PutLogEvents", new { logGroupName = "g", logStreamName = "s", logEvents, entity });

        var wrongType = new JsonObject { ["keyAttributes"] = new JsonArray() };
        ApiResult result = await Api.ErrorAsync("PutLogEvents", new { logGroupName = "g", logStreamName = "s", logEvents, entity = wrongType }, "SerializationException");
        Assert.Contains("'entity.keyAttributes'", result.Message);
    }

    [Fact]
    public async Task WrongJsonType_IsSerializationException_EvenWithConstraintViolations()
    {
        ApiResult result = await Api.ErrorAsync("DescribeLogGroups", new { logGroupNamePrefix = "", limit = true }, "SerializationException");

        Assert.Contains("'limit'", result.Message);
    }

    [Fact]
    public async Task OperationsMissingFromTheModel_KeepTheirHandlersChecks()
    {
        await Seed.GroupAsync("g");

        ApiResult result = await Api.ErrorAsync("PutLogGroupDeletionProtection",
            new { logGroupIdentifier = "g:*", deletionProtectionEnabled = true }, "InvalidParameterException");

        Assert.Equal(@"1 validation error detected: Value 'g:*' at 'logGroupIdentifier' failed to satisfy constraint: Member must satisfy regular expression pattern: [\w#+=/:,.@-]*",
            result.Message);
    }

    [Fact]
    public async Task InvalidCalls_AreStillJournaled()
    {
        await Api.ErrorAsync("DeleteLogGroup", new { logGroupName = "" }, "InvalidParameterException");

        Assert.Equal(new[] { "DeleteLogGroup" }, Server.Journal.Entries.Select(e => e.Operation));
    }
}
