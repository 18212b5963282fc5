using System.Diagnostics;
using CwLogs.PowerShell.Tests.Infrastructure;
using Xunit;

namespace CwLogs.PowerShell.Tests;

/// <summary>
/// CwLogs (AWSSDK.Core 4) and an AWS.Tools-style AWSSDK.Core 3.7 in one session, in both load
/// orders. Each order runs in a fresh process (the script host), since a process loads a module's
/// assemblies only once.
/// </summary>
public sealed class LoadContextTests : PsTest
{
    public LoadContextTests(EmulatorFixture fixture) : base(fixture) { }

    private string UseOtherSdk => $@"
$null = [System.Reflection.Assembly]::LoadFrom('{RepoPaths.OtherAwsSdkCore}')
$c = [Amazon.Runtime.BasicAWSCredentials]::new('AKIDOTHERSDK0001', 'other-secret')
'other-sdk:' + $c.GetCredentials().AccessKey + ':' + [Amazon.Runtime.BasicAWSCredentials].Assembly.GetName().Version";

    private string UseCwLogs(string group) => $@"
Import-Module '{RepoPaths.Module}' -ErrorAction Stop
New-CwLogGroup {group} -EndpointUrl '{Emulator.Endpoint}' -Region us-east-2 -AK AKIDCWLOGS000001 -SK s -ErrorAction Stop
'cwlogs:' + (Get-CwLogGroup -LogGroupName {group} -EndpointUrl '{Emulator.Endpoint}' -Region us-east-2 -AK AKIDCWLOGS000001 -SK s -ErrorAction Stop).LogGroupName";

    [Fact]
    public void OtherAwsSdkFirstThenCwLogs() => AssertBothWork(UseOtherSdk + "\n" + UseCwLogs("alc-a"), "alc-a");

    [Fact]
    public void CwLogsFirstThenOtherAwsSdk() => AssertBothWork(UseCwLogs("alc-b") + "\n" + UseOtherSdk, "alc-b");

    private static void AssertBothWork(string script, string group)
    {
        var (exitCode, stdout, stderr) = RunScriptHost(script);
        Assert.True(exitCode == 0, $"exit {exitCode}\nstdout:\n{stdout}\nstderr:\n{stderr}");
        Assert.Contains("other-sdk:AKIDOTHERSDK0001:3.3.0.0", stdout);
        Assert.Contains("cwlogs:" + group, stdout);
    }

    private static (int, string, string) RunScriptHost(string script)
    {
        var file = Path.Combine(Path.GetTempPath(), $"cwlogs-alc-{Guid.NewGuid():N}.ps1");
        File.WriteAllText(file, script);
        try
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(RepoPaths.ScriptHost);
            start.ArgumentList.Add(file);
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(120_000)) { process.Kill(true); throw new TimeoutException("script host did not finish"); }
            return (process.ExitCode, stdout.Result, stderr.Result);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
