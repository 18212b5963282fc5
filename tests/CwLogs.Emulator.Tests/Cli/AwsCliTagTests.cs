using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CwLogs.Emulator.Tests.Infrastructure;
using Xunit;

namespace CwLogs.Emulator.Tests.Cli;

/// <summary>The AWS CLI v2 against the emulator: tags by group name and by ARN, KMS key association.</summary>
public sealed class AwsCliTagTests : AwsCliTest
{
    private const string GroupArn = "arn:aws:logs:us-east-2:123456789012:log-group:/cli/app";
    private const string KeyArn = "arn:aws:kms:us-east-2:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    public AwsCliTagTests(EmulatorFixture fixture) : base(fixture)
    {
    }

    [Fact]
    public async Task TagLogGroup_UntagLogGroup_ListTagsLogGroup()
    {
        await Seed.GroupAsync("/cli/app");

        await LogsAsync("tag-log-group", "--log-group-name", "/cli/app", "--tags", "team=ops,env=prod");
        await LogsAsync("untag-log-group", "--log-group-name", "/cli/app", "--tags", "env");
        JsonNode tags = (await LogsAsync("list-tags-log-group", "--log-group-name", "/cli/app")).Json!["tags"]!;

        Assert.Equal(new[] { "team=ops" }, tags.AsObject().Select(p => $"{p.Key}={p.Value}"));
    }

    [Fact]
    public async Task TagResource_UntagResource_ListTagsForResource()
    {
        await Seed.GroupAsync("/cli/app");

        await LogsAsync("tag-resource", "--resource-arn", GroupArn, "--tags", "a=1,b=2");
        await LogsAsync("untag-resource", "--resource-arn", GroupArn, "--tag-keys", "a");
        JsonNode tags = (await LogsAsync("list-tags-for-resource", "--resource-arn", GroupArn)).Json!["tags"]!;

        Assert.Equal(new[] { "b=2" }, tags.AsObject().Select(p => $"{p.Key}={p.Value}"));
    }

    [Fact]
    public async Task ListTagsForResource_WithTheArnEndingInWildcard_Fails()
    {
        await Seed.GroupAsync("/cli/app");

        // AWS says ValidationException; the emulator's model check says InvalidParameterException first.
        await LogsFailsAsync("InvalidParameterException", "list-tags-for-resource", "--resource-arn", GroupArn + ":*");
    }

    [Fact]
    public async Task AssociateAndDisassociateKmsKey_ShowInDescribeLogGroups()
    {
        await Seed.GroupAsync("/cli/app");

        await LogsAsync("associate-kms-key", "--log-group-name", "/cli/app", "--kms-key-id", KeyArn);
        Assert.Equal(KeyArn, (string?)(await LogsAsync("describe-log-groups")).Json!["logGroups"]![0]!["kmsKeyId"]);

        await LogsAsync("disassociate-kms-key", "--log-group-name", "/cli/app");
        Assert.Null((await LogsAsync("describe-log-groups")).Json!["logGroups"]![0]!["kmsKeyId"]);
    }

    [Fact]
    public async Task MissingGroup_IsResourceNotFound()
    {
        await LogsFailsAsync("ResourceNotFoundException", "list-tags-log-group", "--log-group-name", "/cli/nope");
        await LogsFailsAsync("ResourceNotFoundException", "associate-kms-key", "--log-group-name", "/cli/nope", "--kms-key-id", KeyArn);
    }
}
