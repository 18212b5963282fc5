using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CwLogs.Emulator.Tests.Infrastructure;
using Xunit;

namespace CwLogs.Emulator.Tests.Operations;

/// <summary>CreateLogGroup, DeleteLogGroup and the group name rules.</summary>
public sealed class LogGroupTests : EmulatorTest
{
    public LogGroupTests(EmulatorFixture fixture) : base(fixture)
    {
    }

    [Fact]
    public async Task Create_ThenDescribe_ShowsAllMembers()
    {
        long before = Clock.NowMillis();
        await Api.OkAsync("CreateLogGroup", new { logGroupName = "/app/web" });

        JsonNode group = (await Api.OkAsync("DescribeLogGroups"))["logGroups"]!.AsArray().Single()!;
        Assert.Equal("/app/web", (string?)group["logGroupName"]);
        Assert.InRange((long)group["creationTime"]!, before, Clock.NowMillis());
        Assert.Equal(0, (int)group["metricFilterCount"]!);
        Assert.Equal("arn:aws:logs:us-east-2:123456789012:log-group:/app/web:*", (string?)group["arn"]);
        Assert.Equal("arn:aws:logs:us-east-2:123456789012:log-group:/app/web", (string?)group["logGroupArn"]);
        Assert.Equal(0, (long)group["storedBytes"]!);
        Assert.Equal("STANDARD", (string?)group["logGroupClass"]);
        Assert.Null(group["retentionInDays"]);
        Assert.Null(group["kmsKeyId"]);
    }

    [Fact]
    public async Task Create_WithKmsKeyTagsAndClass_AreKept()
    {
        const string key = "arn:aws:kms:us-east-2:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
        await Api.OkAsync("CreateLogGroup", new
        {
            logGroupName = "g",
            kmsKeyId = key,
            tags = new { team = "core", env = "test" },
            logGroupClass = "INFREQUENT_ACCESS",
        });

        JsonNode group = (await Api.OkAsync("DescribeLogGroups"))["logGroups"]![0]!;
        Assert.Equal(key, (string?)group["kmsKeyId"]);
        Assert.Equal("INFREQUENT_ACCESS", (string?)group["logGroupClass"]);
    }

    [Fact]
    public async Task Arn_UsesTheRegionOfTheSignature()
    {
        await Api.SendAsync(Api.Request("Logs_20140328.CreateLogGroup", "{\"logGroupName\":\"g\"}", region: "eu-west-3"));
        ApiResult result = await Api.SendAsync(Api.Request("Logs_20140328.DescribeLogGroups", "{}", region: "eu-west-3"));

        Assert.Equal("arn:aws:logs:eu-west-3:123456789012:log-group:g", (string?)result.Body["logGroups"]![0]!["logGroupArn"]);
    }

    [Fact]
    public async Task Create_Existing_IsResourceAlreadyExists()
    {
        await Seed.GroupAsync("g");

        await Api.ErrorAsync("CreateLogGroup", new { logGroupName = "g" }, "ResourceAlreadyExistsException");
    }

    [Fact]
    public async Task Delete_RemovesGroup_AndSecondDeleteIsNotFound()
    {
        await Seed.GroupWithStreamsAsync("g", "s");
        await Api.OkAsync("DeleteLogGroup", new { logGroupName = "g" });

        Assert.Empty((await Api.OkAsync("DescribeLogGroups"))["logGroups"]!.AsArray());
        ApiResult again = await Api.ErrorAsync("DeleteLogGroup", new { logGroupName = "g" }, "ResourceNotFoundException");
        Assert.Equal("The specified log group does not exist.", again.Message);
        // Recreating starts empty: the old streams went with the group.
        await Seed.GroupAsync("g");
        Assert.Empty((await Api.OkAsync("DescribeLogStreams", new { logGroupName = "g" }))["logStreams"]!.AsArray());
    }

    [Theory]
    [InlineData("a")]
    [InlineData("/aws/lambda/my-function_1.2#x")]
    public async Task ValidNames_AreAccepted(string name)
    {
        await Api.OkAsync("CreateLogGroup", new { logGroupName = name });
    }

    [Theory]
    [InlineData("aws/app")]
    [InlineData("AWS/app")]
    [InlineData("Aws/")]
    public async Task NamesStartingWithAwsSlash_AreReserved(string name)
    {
        ApiResult result = await Api.ErrorAsync("CreateLogGroup", new { logGroupName = name }, "InvalidParameterException");

        Assert.Equal("Log groups starting with AWS/ are reserved for AWS.", result.Message);
        Assert.Empty((await Api.OkAsync("DescribeLogGroups"))["logGroups"]!.AsArray());
    }

    [Fact]
    public async Task DeletionProtection_DefaultsToOff_AndIsShown()
    {
        await Seed.GroupAsync("open");
        await Api.OkAsync("CreateLogGroup", new { logGroupName = "protected", deletionProtectionEnabled = true });

        JsonArray groups = (await Api.OkAsync("DescribeLogGroups"))["logGroups"]!.AsArray();

        Assert.Equal(new[] { false, true }, groups.Select(g => (bool)g!["deletionProtectionEnabled"]!));
    }

    [Fact]
    public async Task DeletionProtection_RefusesDeleteLogGroup_UntilTurnedOff()
    {
        await Api.OkAsync("CreateLogGroup", new { logGroupName = "g", deletionProtectionEnabled = true });

        ApiResult refused = await Api.ErrorAsync("DeleteLogGroup", new { logGroupName = "g" }, "ValidationException");
        Assert.Equal("Cannot delete log group with deletion protection enabled. Disable deletion protection first.", refused.Message);
        Assert.Single((await Api.OkAsync("DescribeLogGroups"))["logGroups"]!.AsArray());

        await Api.OkAsync("PutLogGroupDeletionProtection", new { logGroupIdentifier = "g", deletionProtectionEnabled = false });
        await Api.OkAsync("DeleteLogGroup", new { logGroupName = "g" });
        Assert.Empty((await Api.OkAsync("DescribeLogGroups"))["logGroups"]!.AsArray());
    }

    [Fact]
    public async Task PutLogGroupDeletionProtection_AcceptsAnArn_AndTurnsProtectionOn()
    {
        await Seed.GroupAsync("/app/g");

        await Api.OkAsync("PutLogGroupDeletionProtection", new { logGroupIdentifier = "arn:aws:logs:us-east-2:123456789012:log-group:/app/g", deletionProtectionEnabled = true });

        Assert.True((bool)(await Api.OkAsync("DescribeLogGroups"))["logGroups"]![0]!["deletionProtectionEnabled"]!);
        await Api.ErrorAsync("DeleteLogGroup", new { logGroupName = "/app/g" }, "ValidationException");
    }

    [Fact]
    public async Task PutLogGroupDeletionProtection_ChecksItsMembers()
    {
        await Seed.GroupAsync("g");

        ApiResult noFlag = await Api.ErrorAsync("PutLogGroupDeletionProtection", new { logGroupIdentifier = "g" }, "InvalidParameterException");
        Assert.Contains("deletionProtectionEnabled", noFlag.Message);
        ApiResult noGroup = await Api.ErrorAsync("PutLogGroupDeletionProtection", new { deletionProtectionEnabled = true }, "InvalidParameterException");
        Assert.Contains("logGroupIdentifier", noGroup.Message);
        await Api.ErrorAsync("PutLogGroupDeletionProtection", new { logGroupIdentifier = "nope", deletionProtectionEnabled = true }, "ResourceNotFoundException");
        await Api.ErrorAsync("PutLogGroupDeletionProtection", new { logGroupIdentifier = "g", deletionProtectionEnabled = "yes" }, "SerializationException");
        await Api.ErrorAsync("CreateLogGroup", new { logGroupName = "h", deletionProtectionEnabled = "yes" }, "SerializationException");
    }

    [Fact]
    public async Task NameOf512Chars_IsAccepted_513IsRejected()
    {
        await Api.OkAsync("CreateLogGroup", new { logGroupName = new string('g', 512) });

        ApiResult result = await Api.ErrorAsync("CreateLogGroup", new { logGroupName = new string('g', 513) }, "InvalidParameterException");
        Assert.Contains("logGroupName", result.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("colon:name")]
    [InlineData("star*")]
    [InlineData("ümlaut")]
    public async Task InvalidNames_AreInvalidParameter_NamingTheMember(string name)
    {
        ApiResult result = await Api.ErrorAsync("CreateLogGroup", new { logGroupName = name }, "InvalidParameterException");

        Assert.Contains("logGroupName", result.Message);
    }

    [Fact]
    public async Task InvalidNames_AreCheckedByEveryOperation()
    {
        foreach (string operation in new[] { "DeleteLogGroup", "PutRetentionPolicy", "DeleteRetentionPolicy", "CreateLogStream", "DescribeLogStreams", "GetLogEvents", "FilterLogEvents", "PutLogEvents" })
        {
            ApiResult result = await Api.CallAsync(operation, new { logGroupName = "bad name", logStreamName = "s", retentionInDays = 1, logEvents = new[] { new { timestamp = Clock.NowMillis(), message = "m" } } });
            LogsApi.AssertError(result, "InvalidParameterException");
            Assert.Contains("logGroupName", result.Message);
        }
    }

    [Fact]
    public async Task InvalidLogGroupClass_IsInvalidParameter()
    {
        await Api.ErrorAsync("CreateLogGroup", new { logGroupName = "g", logGroupClass = "CHEAP" }, "InvalidParameterException");
    }

    [Fact]
    public async Task TooManyTags_IsInvalidParameter()
    {
        var tags = new JsonObject();
        for (int i = 0; i < 51; i++) tags["k" + i] = "v";

        await Api.ErrorAsync("CreateLogGroup", new { logGroupName = "g", tags }, "InvalidParameterException");
    }
}
