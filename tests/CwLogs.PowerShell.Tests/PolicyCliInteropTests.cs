using System.Management.Automation;
using CwLogs.Emulator.Tests.Infrastructure;
using CwLogs.PowerShell.Tests.Infrastructure;
using Xunit;

namespace CwLogs.PowerShell.Tests;

/// <summary>
/// Destinations and resource policies: what CwLogs writes the AWS CLI v2 reads, and the other way round.
/// Without /usr/bin/aws these fail with an install hint (never skipped).
/// </summary>
public sealed class PolicyCliInteropTests : PsTest
{
    private const string Target = "arn:aws:kinesis:us-east-2:123456789012:stream/s";
    private const string Role = "arn:aws:iam::123456789012:role/r";

    public PolicyCliInteropTests(EmulatorFixture fixture) : base(fixture) { }

    [Fact]
    public async Task WrittenByCwLogsReadByTheCli()
    {
        RunClean($@"
            Set-CwLogDestination cwl-dest '{Target}' '{Role}' | Out-Null
            Set-CwLogDestinationPolicy cwl-dest @{{ Version = '2012-10-17'; Statement = @(@{{ Effect = 'Allow'; Principal = @{{ AWS = '111122223333' }}; Action = 'logs:PutSubscriptionFilter'; Resource = '*' }}) }}
            Set-CwLogResourcePolicy cwl-policy ([pscustomobject]@{{ Version = '2012-10-17'; Statement = @([pscustomobject]@{{ Effect = 'Allow'; Principal = @{{ Service = 'route53.amazonaws.com' }}; Action = 'logs:PutLogEvents'; Resource = '*' }}) }}) | Out-Null");
        using var cli = new AwsCli(Emulator.Endpoint);

        var destinations = await cli.RunAsync("logs", "describe-destinations", "--destination-name-prefix", "cwl-");
        var policies = await cli.RunAsync("logs", "describe-resource-policies");

        Assert.True(destinations.ExitCode == 0, destinations.ToString());
        Assert.True(policies.ExitCode == 0, policies.ToString());
        var destination = Assert.Single(destinations.Json!["destinations"]!.AsArray())!;
        Assert.Equal(Target, (string?)destination["targetArn"]);
        Assert.Equal(
            "{\"Statement\":[{\"Action\":\"logs:PutSubscriptionFilter\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"111122223333\"},\"Resource\":\"*\"}],\"Version\":\"2012-10-17\"}",
            (string?)destination["accessPolicy"]);
        var policy = Assert.Single(policies.Json!["resourcePolicies"]!.AsArray())!;
        Assert.Equal("cwl-policy", (string?)policy["policyName"]);
        Assert.Equal(
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"route53.amazonaws.com\"},\"Action\":\"logs:PutLogEvents\",\"Resource\":\"*\"}]}",
            (string?)policy["policyDocument"]);
    }

    [Fact]
    public async Task WrittenByTheCliReadByCwLogs()
    {
        using var cli = new AwsCli(Emulator.Endpoint);
        const string policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"es.amazonaws.com\"},\"Action\":\"logs:PutLogEvents\",\"Resource\":\"*\"}]}";
        foreach (var args in new[]
        {
            new[] { "logs", "put-destination", "--destination-name", "cli-dest", "--target-arn", Target, "--role-arn", Role },
            new[] { "logs", "put-destination-policy", "--destination-name", "cli-dest", "--access-policy", policy },
            new[] { "logs", "put-resource-policy", "--policy-name", "cli-policy", "--policy-document", policy },
        })
        {
            var step = await cli.RunAsync(args);
            Assert.True(step.ExitCode == 0, step.ToString());
        }

        var destination = Assert.Single(RunClean("Get-CwLogDestination cli-").Output);
        var resourcePolicy = Assert.Single(RunClean("Get-CwLogResourcePolicy cli-policy").Output);
        var principal = RunClean("(Get-CwLogResourcePolicy cli-policy).Policy.Statement[0].Principal.Service").Output;

        Assert.Equal("arn:aws:logs:us-east-2:123456789012:destination:cli-dest", destination.Properties["Arn"].Value);
        Assert.Equal(policy, destination.Properties["AccessPolicy"].Value);
        Assert.Equal(policy, resourcePolicy.Properties["PolicyDocument"].Value);
        Assert.Equal("es.amazonaws.com", Assert.Single(principal).BaseObject);
        RunClean("Get-CwLogDestination cli- | Remove-CwLogDestination -Force; Get-CwLogResourcePolicy | Remove-CwLogResourcePolicy -Force");
        Assert.Empty((await cli.RunAsync("logs", "describe-destinations")).Json!["destinations"]!.AsArray());
    }
}
