using System.Management.Automation;
using CwLogs.PowerShell.Tests.Infrastructure;
using Xunit;

namespace CwLogs.PowerShell.Tests;

/// <summary>-WhatIf/-Confirm/-Force behave as PowerShell users expect, and the metadata says so.</summary>
public sealed class ShouldProcessTests : PsTest
{
    public ShouldProcessTests(EmulatorFixture fixture) : base(fixture) { }

    [Theory]
    [InlineData("New-CwLogGroup wi-new -WhatIf", "CreateLogGroup")]
    [InlineData("New-CwLogStream wi-group wi-stream -WhatIf", "CreateLogStream")]
    [InlineData("Remove-CwLogGroup wi-group -WhatIf", "DeleteLogGroup")]
    [InlineData("Remove-CwLogGroup wi-group -Force -WhatIf", "DeleteLogGroup")]
    [InlineData("Remove-CwLogStream wi-group wi-stream -WhatIf", "DeleteLogStream")]
    [InlineData("Set-CwLogRetentionPolicy wi-group 30 -WhatIf", "PutRetentionPolicy")]
    [InlineData("Remove-CwLogRetentionPolicy wi-group -WhatIf", "DeleteRetentionPolicy")]
    [InlineData("'x' | Write-CwLogEvent wi-group wi-stream -WhatIf", "PutLogEvents")]
    public void WhatIfSendsNothing(string script, string operation)
    {
        RunClean(script);
        Assert.Equal(0, Emulator.Journal.Count(operation));
    }

    [Theory]
    [InlineData("Remove-CwLogGroup fp-1 -Force")]
    [InlineData("Remove-CwLogGroup fp-1 -Confirm:$false")]
    public void ForceOrConfirmFalseDeletesWithoutAPrompt(string script)
    {
        RunClean("New-CwLogGroup fp-1");
        RunClean(script);
        Assert.Equal(1, Emulator.Journal.Count("DeleteLogGroup"));
        Assert.Empty(RunClean("Get-CwLogGroup -LogGroupNamePrefix fp-").Output);
    }

    [Fact]
    public void EveryCmdletHasOutputTypeAndChangesSupportShouldProcess()
    {
        var commands = RunClean("Get-Command -Module CwLogs").Output.Select(o => (CmdletInfo)o.BaseObject).ToList();
        Assert.Equal(11, commands.Count);
        var approved = typeof(VerbsCommon).Assembly.GetTypes()
            .Where(t => t.Namespace == "System.Management.Automation" && t.Name.StartsWith("Verbs", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields().Select(f => (string)f.GetValue(null)!)).ToHashSet();
        foreach (var command in commands)
        {
            var cmdlet = command.ImplementingType.GetCustomAttributes(typeof(CmdletAttribute), false).Cast<CmdletAttribute>().Single();
            Assert.Contains(command.Verb, approved);
            Assert.StartsWith("CwLog", command.Noun);
            Assert.NotEmpty(command.OutputType);
            if (command.Verb is not ("Get" or "Find"))
                Assert.True(cmdlet.SupportsShouldProcess, command.Name + " must support ShouldProcess");
            if (command.Verb == "Remove")
            {
                Assert.Equal(ConfirmImpact.High, cmdlet.ConfirmImpact);
                Assert.True(command.Parameters.ContainsKey("Force"), command.Name + " needs -Force");
            }
        }
    }
}
