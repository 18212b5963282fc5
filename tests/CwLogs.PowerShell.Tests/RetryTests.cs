using CwLogs.PowerShell.Tests.Infrastructure;
using Xunit;

namespace CwLogs.PowerShell.Tests;

/// <summary>Retries come from the SDK: a throttled or failed call is retried and the cmdlet still succeeds.</summary>
public sealed class RetryTests : PsTest
{
    public RetryTests(EmulatorFixture fixture) : base(fixture) { }

    [Fact]
    public void ThrottlingIsRetried()
    {
        RunClean("New-CwLogGroup rt-1");
        Emulator.Journal.Clear();
        Emulator.Faults.ThrottleNext(2, "DescribeLogGroups");

        var result = RunClean("Get-CwLogGroup -LogGroupName rt-1");

        Assert.Single(result.Output);
        Assert.Equal(3, Emulator.Journal.Count("DescribeLogGroups"));
    }

    [Fact]
    public void ServerErrorsAndDroppedConnectionsAreRetried()
    {
        RunClean("New-CwLogGroup rt-2; New-CwLogStream rt-2 s");
        Emulator.Journal.Clear();
        Emulator.Faults.FailNext(1, "PutLogEvents");
        Emulator.Faults.DropNext(1, "PutLogEvents");

        RunClean("'survives' | Write-CwLogEvent rt-2 s");

        Assert.Equal(3, Emulator.Journal.Count("PutLogEvents"));
        Assert.Equal("survives", RunClean("Get-CwLogEvent rt-2 s").Output.Single().Properties["Message"].Value);
    }

    [Fact]
    public void ThrottlingPastTheRetryBudgetIsALimitsExceededError()
    {
        RunClean("New-CwLogGroup rt-3");
        Emulator.Faults.ThrottleNext(50, "DeleteLogGroup");
        var error = Assert.Single(Run("Remove-CwLogGroup rt-3 -Force").Errors);
        Emulator.Faults.Clear();
        Assert.Equal("Throttling,CwLogs.Commands.RemoveCwLogGroupCommand", error.FullyQualifiedErrorId);
        Assert.Equal(System.Management.Automation.ErrorCategory.LimitsExceeded, error.CategoryInfo.Category);
    }
}
