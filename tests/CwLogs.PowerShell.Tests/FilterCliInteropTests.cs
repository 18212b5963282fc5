using System.Text.Json.Nodes;
using CwLogs.Emulator.Tests.Infrastructure;
using CwLogs.PowerShell.Tests.Infrastructure;
using Xunit;

namespace CwLogs.PowerShell.Tests;

/// <summary>
/// Metric and subscription filters made by CwLogs are read back by the AWS CLI v2, and those the CLI makes
/// are read by CwLogs; test-metric-filter agrees with Test-CwLogMetricFilter.
/// </summary>
public sealed class FilterCliInteropTests : PsTest
{
    private const string Lambda = "arn:aws:lambda:us-east-2:123456789012:function:ship";

    public FilterCliInteropTests(EmulatorFixture fixture) : base(fixture) { }

    [Fact]
    public async Task MetricFilterMadeByCwLogsReadByTheCli()
    {
        RunClean("New-CwLogGroup cli-mf-a; Set-CwLogMetricFilter cli-mf-a latency '[ip, user, ms]' -MetricName Latency -MetricNamespace App -MetricValue '$ms' -Unit Milliseconds -Dimensions @{ User = '$user' }");
        using var cli = new AwsCli(Emulator.Endpoint);

        var result = await cli.RunAsync("logs", "describe-metric-filters", "--log-group-name", "cli-mf-a");

        Assert.True(result.ExitCode == 0, result.ToString());
        var filter = result.Json!["metricFilters"]!.AsArray().Single()!;
        Assert.Equal("latency", (string?)filter["filterName"]);
        Assert.Equal("[ip, user, ms]", (string?)filter["filterPattern"]);
        var t = filter["metricTransformations"]![0]!;
        Assert.Equal("Latency", (string?)t["metricName"]);
        Assert.Equal("$ms", (string?)t["metricValue"]);
        Assert.Equal("Milliseconds", (string?)t["unit"]);
        Assert.Equal("$user", (string?)t["dimensions"]!["User"]);
    }

    [Fact]
    public async Task MetricFilterMadeByTheCliReadByCwLogs()
    {
        using var cli = new AwsCli(Emulator.Endpoint);
        await Step(cli, "logs", "create-log-group", "--log-group-name", "cli-mf-b");
        await Step(cli, "logs", "put-metric-filter", "--log-group-name", "cli-mf-b", "--filter-name", "errors", "--filter-pattern", "ERROR",
            "--metric-transformations", "metricName=Errors,metricNamespace=App,metricValue=1,defaultValue=0");

        var filter = Assert.Single(RunClean("Get-CwLogMetricFilter -LogGroupName cli-mf-b").Output);
        Assert.Equal("errors", filter.Properties["FilterName"].Value);
        Assert.Equal("ERROR", filter.Properties["FilterPattern"].Value);
        var t = Assert.Single((object[])filter.Properties["MetricTransformations"].Value);
        // The model types live in the module's load context: read them as PowerShell does.
        var transformation = System.Management.Automation.PSObject.AsPSObject(t);
        Assert.Equal("Errors", transformation.Properties["MetricName"].Value);
        Assert.Equal(0d, transformation.Properties["DefaultValue"].Value);
    }

    [Fact]
    public async Task TestMetricFilterAgreesWithTheCli()
    {
        using var cli = new AwsCli(Emulator.Endpoint);
        var result = await cli.RunAsync("logs", "test-metric-filter", "--filter-pattern", "[ip, status = 4*]",
            "--log-event-messages", "10.0.0.1 200", "10.0.0.2 404");
        Assert.True(result.ExitCode == 0, result.ToString());
        var cliMatch = result.Json!["matches"]!.AsArray().Single()!;

        var match = Assert.Single(RunClean("'10.0.0.1 200', '10.0.0.2 404' | Test-CwLogMetricFilter '[ip, status = 4*]'").Output);

        Assert.Equal((long)cliMatch["eventNumber"]!, match.Properties["EventNumber"].Value);
        Assert.Equal((string?)cliMatch["eventMessage"], match.Properties["EventMessage"].Value);
        var values = (IReadOnlyDictionary<string, string>)match.Properties["ExtractedValues"].Value;
        Assert.Equal((string?)cliMatch["extractedValues"]!["$ip"], values["$ip"]);
        Assert.Equal("404", values["$status"]);
    }

    [Fact]
    public async Task SubscriptionFilterMadeByCwLogsReadByTheCli()
    {
        RunClean($"New-CwLogGroup cli-sf-a; Set-CwLogSubscriptionFilter cli-sf-a ship 'ERROR' -DestinationArn '{Lambda}' -Distribution Random");
        using var cli = new AwsCli(Emulator.Endpoint);

        var result = await cli.RunAsync("logs", "describe-subscription-filters", "--log-group-name", "cli-sf-a");

        Assert.True(result.ExitCode == 0, result.ToString());
        var filter = result.Json!["subscriptionFilters"]!.AsArray().Single()!;
        Assert.Equal("ship", (string?)filter["filterName"]);
        Assert.Equal(Lambda, (string?)filter["destinationArn"]);
        Assert.Equal("Random", (string?)filter["distribution"]);
    }

    [Fact]
    public async Task SubscriptionFilterMadeByTheCliReadByCwLogs()
    {
        using var cli = new AwsCli(Emulator.Endpoint);
        await Step(cli, "logs", "create-log-group", "--log-group-name", "cli-sf-b");
        await Step(cli, "logs", "put-subscription-filter", "--log-group-name", "cli-sf-b", "--filter-name", "to-kinesis", "--filter-pattern", "",
            "--destination-arn", "arn:aws:kinesis:us-east-2:123456789012:stream/logs", "--role-arn", "arn:aws:iam::123456789012:role/cwl");

        var filter = Assert.Single(RunClean("Get-CwLogGroup -LogGroupNamePrefix cli-sf-b | Get-CwLogSubscriptionFilter").Output);
        Assert.Equal("to-kinesis", filter.Properties["FilterName"].Value);
        Assert.Equal("arn:aws:iam::123456789012:role/cwl", filter.Properties["RoleArn"].Value);
        Assert.Equal("ByLogStream", filter.Properties["Distribution"].Value?.ToString());
    }

    private static async Task Step(AwsCli cli, params string[] args)
    {
        var step = await cli.RunAsync(args);
        Assert.True(step.ExitCode == 0, step.ToString());
    }
}
