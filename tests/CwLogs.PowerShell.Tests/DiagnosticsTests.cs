using System.Text.RegularExpressions;
using CwLogs.PowerShell.Tests.Infrastructure;
using Xunit;

namespace CwLogs.PowerShell.Tests;

/// <summary>
/// -Verbose names where the credentials, region and endpoint came from (also from the default
/// chain and the environment); -Debug shows each call's request id, duration and page; neither
/// ever shows a secret.
/// </summary>
public sealed class DiagnosticsTests : PsTest
{
    private const string EnvSecret = "env-secret-must-never-be-shown";

    public DiagnosticsTests(EmulatorFixture fixture) : base(fixture) { }

    /// <summary>Runs in a session without emulator defaults, with process environment variables set for the run.</summary>
    private static PsResult RunBareWithEnvironment(string script, params (string Name, string? Value)[] variables)
    {
        var saved = variables.Select(v => (v.Name, Environment.GetEnvironmentVariable(v.Name))).ToList();
        try
        {
            foreach (var (name, value) in variables) Environment.SetEnvironmentVariable(name, value);
            using var bare = new PsSession(emulatorDefaults: null);
            return bare.Run(script);
        }
        finally
        {
            foreach (var (name, value) in saved) Environment.SetEnvironmentVariable(name, value);
        }
    }

    [Fact]
    public void VerboseNamesTheEnvironmentEndpointAndTheDefaultChainSource()
    {
        var result = RunBareWithEnvironment("Get-CwLogGroup -Verbose",
            ("AWS_ENDPOINT_URL_CLOUDWATCH_LOGS", Emulator.Endpoint.ToString()),
            ("AWS_ACCESS_KEY_ID", "AKIDENVIRONMENT0001"), ("AWS_SECRET_ACCESS_KEY", EnvSecret),
            ("AWS_DEFAULT_REGION", "eu-south-1"), ("AWS_REGION", null), ("AWS_PROFILE", null));

        Assert.True(result.Errors.Count == 0, string.Join("\n", result.Errors));
        Assert.Contains(result.Verbose, v => v.Contains("AWS_ACCESS_KEY_ID") && v.Contains("AKID") && v.StartsWith("Credentials:"));
        Assert.Contains(result.Verbose, v => v == "Region: eu-south-1, from the AWS_DEFAULT_REGION environment variable.");
        Assert.Contains(result.Verbose, v => v == $"Endpoint: {Emulator.Endpoint}, from AWS_ENDPOINT_URL_CLOUDWATCH_LOGS.");
        Assert.Contains("/eu-south-1/logs/aws4_request", Emulator.Journal.Entries.Last().Authorization);
        Assert.DoesNotContain(EnvSecret, result.AllText());
    }

    [Fact]
    public void RegionChangedInTheSessionIsUsedByTheNextCommand()
    {
        using var bare = new PsSession(emulatorDefaults: null);
        var saved = Environment.GetEnvironmentVariable("AWS_REGION");
        try
        {
            var common = $"-EndpointUrl '{Emulator.Endpoint}' -AccessKey AKIDREGIONCHANGE1 -SecretKey s";
            Assert.Empty(bare.Run($"$env:AWS_REGION = 'eu-west-3'; Get-CwLogGroup {common}").Errors);
            Assert.Contains("/eu-west-3/logs/aws4_request", Emulator.Journal.Entries.Last().Authorization);

            Assert.Empty(bare.Run($"$env:AWS_REGION = 'ap-east-1'; Get-CwLogGroup {common}").Errors);

            Assert.Contains("/ap-east-1/logs/aws4_request", Emulator.Journal.Entries.Last().Authorization);
        }
        finally
        {
            Environment.SetEnvironmentVariable("AWS_REGION", saved);
        }
    }

    [Fact]
    public void VerboseNamesTheRegionalEndpointWhenNothingOverridesIt()
    {
        // Only the Verbose line matters: the call itself fails quickly (or is refused) without a real account.
        var result = RunBareWithEnvironment("Get-CwLogGroup -Region us-west-2 -AccessKey AKIDREGIONAL00001 -SecretKey s -TimeoutSec 1 -Verbose",
            ("AWS_ENDPOINT_URL_CLOUDWATCH_LOGS", null), ("AWS_ENDPOINT_URL", null), ("AWS_PROFILE", null));

        Assert.Contains(result.Verbose, v => v == "Endpoint: https://logs.us-west-2.amazonaws.com/, the regional endpoint for us-west-2.");
    }

    [Fact]
    public void DebugShowsRequestIdDurationAndPageOfEachCall()
    {
        RunClean("New-CwLogGroup dg-1, dg-2, dg-3");

        var result = RunClean("Get-CwLogGroup -LogGroupNamePrefix dg- -PageSize 1 -Debug");

        Assert.Equal(3, result.Output.Count);
        var pattern = new Regex(@"^DescribeLogGroups page (\d): request id [0-9a-f-]{36}, \d+ ms, 1 attempt, " + Regex.Escape(Emulator.Endpoint.ToString()) + "$");
        var pages = result.Debug.Select(d => pattern.Match(d)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(new[] { "1", "2", "3" }, pages);
        Assert.DoesNotContain(PsSession.TestSecretKey, result.AllText());
    }

    [Fact]
    public void DebugShowsTheRequestIdOfAFailedCall()
    {
        var result = Run("Remove-CwLogGroup dg-absent -Force -Debug");

        Assert.Single(result.Errors);
        Assert.Contains(result.Debug, d => Regex.IsMatch(d, @"^DeleteLogGroup: ResourceNotFoundException, request id [0-9a-f-]{36}, \d+ ms, 1 attempt"));
    }
}
