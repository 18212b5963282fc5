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

    [Theory]
    [InlineData("Remove-CwLogGroup fv-1 -Force -Verbose", "DeleteLogGroup")]
    [InlineData("Remove-CwLogRetentionPolicy fv-1 -Force -Verbose", "DeleteRetentionPolicy")]
    [InlineData("Remove-CwLogStream fv-1 s -Force -Verbose", "DeleteLogStream")]
    public void ForceStillWritesTheVerboseLineOfShouldProcess(string script, string operation)
    {
        RunClean("New-CwLogGroup fv-1; New-CwLogStream fv-1 s");
        var result = RunClean(script);
        Assert.Contains(result.Verbose, v => v.StartsWith("Performing the operation", StringComparison.Ordinal));
        Assert.Equal(1, Emulator.Journal.Count(operation));
    }

    [Theory]
    [InlineData("Remove-CwLogGroup fc-1 -Force -Confirm", "DeleteLogGroup")]
    [InlineData("Remove-CwLogRetentionPolicy fc-1 -Force -Confirm", "DeleteRetentionPolicy")]
    [InlineData("Remove-CwLogStream fc-1 s -Force -Confirm", "DeleteLogStream")]
    [InlineData("Remove-CwLogGroup fc-1", "DeleteLogGroup")]
    [InlineData("Remove-CwLogStream fc-1 s", "DeleteLogStream")]
    public void AnExplicitConfirmOrTheDefaultPreferencePromptsEvenWithForce(string script, string operation)
    {
        RunClean("New-CwLogGroup fc-1; New-CwLogStream fc-1 s");
        Emulator.Journal.Clear();

        // This engine has no interactive host: a prompt fails with HostException, which proves one was asked.
        var error = Assert.Single(Run(script).Errors);
        Assert.IsType<System.Management.Automation.Host.HostException>(error.Exception);
        Assert.Equal(0, Emulator.Journal.Count(operation));
    }

    [Fact]
    public void ForceLeavesTheCallersConfirmPreferenceAlone()
    {
        RunClean("New-CwLogGroup fk-1, fk-2");
        var result = RunClean(@"
function Remove-Quietly { Remove-CwLogGroup fk-1 -Force; $ConfirmPreference }
$inFunction = Remove-Quietly
Remove-CwLogGroup fk-2 -Force
[pscustomobject]@{ InFunction = $inFunction; Here = $ConfirmPreference }");
        var summary = result.Output.Single();
        Assert.Equal(ConfirmImpact.High, summary.Properties["InFunction"].Value);
        Assert.Equal(ConfirmImpact.High, summary.Properties["Here"].Value);
        Assert.Equal(2, Emulator.Journal.Count("DeleteLogGroup"));
    }

    [Fact]
    public void EveryCmdletHasOutputTypeAndChangesSupportShouldProcess()
    {
        var commands = RunClean("Get-Command -Module CwLogs").Output.Select(o => (CmdletInfo)o.BaseObject).ToList();
        var exported = RunClean($"(Test-ModuleManifest '{RepoPaths.ModuleManifest}').ExportedCmdlets.Keys").Output.Select(o => o.ToString()).ToList();
        Assert.True(exported.Count >= 11, "the manifest lists the cmdlets");
        Assert.Equal(exported.OrderBy(n => n), commands.Select(c => c.Name).OrderBy(n => n));
        var approved = typeof(VerbsCommon).Assembly.GetTypes()
            .Where(t => t.Namespace == "System.Management.Automation" && t.Name.StartsWith("Verbs", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields().Select(f => (string)f.GetValue(null)!)).ToHashSet();
        foreach (var command in commands)
        {
            var cmdlet = command.ImplementingType.GetCustomAttributes(typeof(CmdletAttribute), false).Cast<CmdletAttribute>().Single();
            Assert.Contains(command.Verb, approved);
            Assert.StartsWith("CwLog", command.Noun);
            Assert.NotEmpty(command.OutputType);
            if (command.Verb is not ("Get" or "Find" or "Test")) // read-only verbs change nothing
                Assert.True(cmdlet.SupportsShouldProcess, command.Name + " must support ShouldProcess");
            if (command.Verb == "Remove")
            {
                Assert.Equal(ConfirmImpact.High, cmdlet.ConfirmImpact);
                Assert.True(command.Parameters.ContainsKey("Force"), command.Name + " needs -Force");
            }
        }
    }
}
