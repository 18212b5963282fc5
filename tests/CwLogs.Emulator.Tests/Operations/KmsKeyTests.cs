using System.Linq;
using System.Threading.Tasks;
using CwLogs.Emulator.Tests.Infrastructure;
using Xunit;

namespace CwLogs.Emulator.Tests.Operations;

/// <summary>AssociateKmsKey / DisassociateKmsKey, seen through DescribeLogGroups' kmsKeyId.</summary>
public sealed class KmsKeyTests : EmulatorTest
{
    private const string KeyArn = "arn:aws:kms:us-east-2:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    public KmsKeyTests(EmulatorFixture fixture) : base(fixture)
    {
    }

    [Fact]
    public async Task Associate_ShowsTheKey_Disassociate_RemovesIt()
    {
        await Seed.GroupAsync("g");

        await Api.OkAsync("AssociateKmsKey", new { logGroupName = "g", kmsKeyId = KeyArn });
        Assert.Equal(KeyArn, await KmsKeyIdAsync());

        await Api.OkAsync("DisassociateKmsKey", new { logGroupName = "g" });
        Assert.Null(await KmsKeyIdAsync());
    }

    [Fact]
    public async Task Associate_ReplacesAKey_AndTakesAGroupArnAsResourceIdentifier()
    {
        await Seed.GroupAsync("g");
        const string other = "arn:aws:kms:us-east-2:123456789012:key/mrk-0123456789abcdef0123456789abcdef";

        await Api.OkAsync("AssociateKmsKey", new { logGroupName = "g", kmsKeyId = KeyArn });
        await Api.OkAsync("AssociateKmsKey", new { resourceIdentifier = "arn:aws:logs:us-east-2:123456789012:log-group:g", kmsKeyId = other });

        Assert.Equal(other, await KmsKeyIdAsync());
    }

    [Fact]
    public async Task Disassociate_OfAGroupWithoutKey_Succeeds()
    {
        await Seed.GroupAsync("g");

        await Api.OkAsync("DisassociateKmsKey", new { logGroupName = "g" });

        Assert.Null(await KmsKeyIdAsync());
    }

    [Theory]
    [InlineData("1234abcd-12ab-34cd-56ef-1234567890ab")]
    [InlineData("alias/logs")]
    [InlineData("arn:aws:kms:us-east-2:123456789012:alias/logs")]
    [InlineData("arn:aws:kms:us-east-2:1234:key/abc")]
    public async Task NotAKeyArn_IsInvalidParameter(string kmsKeyId)
    {
        await Seed.GroupAsync("g");

        ApiResult result = await Api.ErrorAsync("AssociateKmsKey", new { logGroupName = "g", kmsKeyId }, "InvalidParameterException");

        Assert.Contains("not a valid key ARN", result.Message);
        Assert.Null(await KmsKeyIdAsync());
    }

    [Fact]
    public async Task MissingGroup_IsResourceNotFound_ForBoth()
    {
        await Api.ErrorAsync("AssociateKmsKey", new { logGroupName = "nope", kmsKeyId = KeyArn }, "ResourceNotFoundException");
        await Api.ErrorAsync("DisassociateKmsKey", new { logGroupName = "nope" }, "ResourceNotFoundException");
    }

    [Fact]
    public async Task NeitherOrBothTargets_IsInvalidParameter()
    {
        await Seed.GroupAsync("g");

        await Api.ErrorAsync("DisassociateKmsKey", new { }, "InvalidParameterException");
        await Api.ErrorAsync("AssociateKmsKey", new
        {
            logGroupName = "g",
            resourceIdentifier = "arn:aws:logs:us-east-2:123456789012:log-group:g",
            kmsKeyId = KeyArn,
        }, "InvalidParameterException");
    }

    private async Task<string?> KmsKeyIdAsync() =>
        (string?)(await Api.OkAsync("DescribeLogGroups"))["logGroups"]!.AsArray().Single()!["kmsKeyId"];
}
