using CwLogs.Emulator.Tests.Infrastructure;
using CwLogs.PowerShell.Tests.Infrastructure;
using Xunit;

namespace CwLogs.PowerShell.Tests;

/// <summary>
/// Tags and KMS keys agree between CwLogs and the AWS CLI v2 both ways: by group name and by ARN.
/// Without /usr/bin/aws these fail with an install hint (never skipped).
/// </summary>
public sealed class TagCliInteropTests : PsTest
{
    private const string KeyArn = "arn:aws:kms:us-east-2:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    public TagCliInteropTests(EmulatorFixture fixture) : base(fixture) { }

    [Fact]
    public async Task TagsMadeByCwLogsReadByTheCli()
    {
        RunClean("New-CwLogGroup tag-a; Add-CwLogTag tag-a @{ team = 'ops'; env = 'prod' }; Remove-CwLogTag tag-a -TagKey env -Force");
        var arn = (string)RunClean("(Get-CwLogGroup tag-a).LogGroupArn").Output.Single().BaseObject;
        RunClean($"Add-CwLogTag -ResourceArn '{arn}' -Tag @{{ owner = 'me' }}");
        using var cli = new AwsCli(Emulator.Endpoint);

        var byName = await cli.RunAsync("logs", "list-tags-log-group", "--log-group-name", "tag-a");
        var byArn = await cli.RunAsync("logs", "list-tags-for-resource", "--resource-arn", arn);

        Assert.True(byName.ExitCode == 0, byName.ToString());
        Assert.True(byArn.ExitCode == 0, byArn.ToString());
        var expected = new[] { "owner=me", "team=ops" };
        Assert.Equal(expected, byName.Json!["tags"]!.AsObject().Select(p => $"{p.Key}={p.Value}").Order());
        Assert.Equal(expected, byArn.Json!["tags"]!.AsObject().Select(p => $"{p.Key}={p.Value}").Order());
    }

    [Fact]
    public async Task TagsMadeByTheCliReadByCwLogs()
    {
        using var cli = new AwsCli(Emulator.Endpoint);
        const string arn = "arn:aws:logs:us-east-2:123456789012:log-group:tag-b";
        foreach (var args in new[]
        {
            new[] { "logs", "create-log-group", "--log-group-name", "tag-b", "--tags", "made=cli" },
            new[] { "logs", "tag-log-group", "--log-group-name", "tag-b", "--tags", "team=ops" },
            new[] { "logs", "tag-resource", "--resource-arn", arn, "--tags", "env=prod" },
        })
        {
            var step = await cli.RunAsync(args);
            Assert.True(step.ExitCode == 0, step.ToString());
        }

        var byName = RunClean("Get-CwLogGroup -LogGroupNamePrefix tag-b | Get-CwLogTag").Output.Single();
        var byArn = RunClean($"Get-CwLogTag -ResourceArn '{arn}'").Output.Single();

        var expected = new Dictionary<string, string> { ["env"] = "prod", ["made"] = "cli", ["team"] = "ops" };
        Assert.Equal("tag-b", byName.Properties["LogGroupName"].Value);
        Assert.Equal(expected, (IDictionary<string, string>)byName.Properties["Tags"].Value);
        Assert.Equal(arn, byArn.Properties["ResourceArn"].Value);
        Assert.Equal(expected.Keys, ((IDictionary<string, string>)byArn.Properties["Tags"].Value).Keys);
    }

    [Fact]
    public async Task KmsKeyRegisteredByCwLogsSeenByTheCli_AndTheReverse()
    {
        RunClean($"New-CwLogGroup kms-a, kms-b; Register-CwLogKmsKey kms-a '{KeyArn}'");
        using var cli = new AwsCli(Emulator.Endpoint);

        var described = await cli.RunAsync("logs", "describe-log-groups", "--log-group-name-prefix", "kms-a");
        Assert.True(described.ExitCode == 0, described.ToString());
        Assert.Equal(KeyArn, (string?)described.Json!["logGroups"]![0]!["kmsKeyId"]);

        var associated = await cli.RunAsync("logs", "associate-kms-key", "--log-group-name", "kms-b", "--kms-key-id", KeyArn);
        Assert.True(associated.ExitCode == 0, associated.ToString());
        Assert.Equal(KeyArn, RunClean("(Get-CwLogGroup kms-b).KmsKeyId").Output.Single().BaseObject);

        RunClean("'kms-a', 'kms-b' | Unregister-CwLogKmsKey -Force");
        var after = await cli.RunAsync("logs", "describe-log-groups", "--log-group-name-prefix", "kms-");
        Assert.All(after.Json!["logGroups"]!.AsArray(), g => Assert.Null(g!["kmsKeyId"]));
    }
}
