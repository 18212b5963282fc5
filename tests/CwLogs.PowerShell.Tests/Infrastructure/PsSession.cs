using System.Management.Automation;
using System.Management.Automation.Host;
using System.Management.Automation.Runspaces;

namespace CwLogs.PowerShell.Tests.Infrastructure;

/// <summary>
/// A fresh runspace of the real engine with the built module imported. With emulator defaults,
/// every CwLogs cmdlet gets -EndpointUrl/-Region/-AccessKey/-SecretKey through
/// $PSDefaultParameterValues, so scripts read exactly as a user would type them.
/// </summary>
public sealed class PsSession : IDisposable
{
    public const string TestAccessKey = "AKIDCWLOGSTEST0001";
    public const string TestSecretKey = "cwlogs-test-secret-key-do-not-print";

    private readonly Runspace _runspace;

    /// <param name="host">The host the commands talk to; by default none, as in a PowerShell API call.</param>
    public PsSession(Uri? emulatorDefaults, PSHost? host = null)
    {
        _runspace = host is null
            ? RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2())
            : RunspaceFactory.CreateRunspace(host, InitialSessionState.CreateDefault2());
        _runspace.Open();
        var setup = $"Import-Module '{RepoPaths.Module}' -ErrorAction Stop";
        if (emulatorDefaults is not null)
        {
            setup += $@"
$PSDefaultParameterValues['*-CwLog*:EndpointUrl'] = '{emulatorDefaults}'
$PSDefaultParameterValues['*-CwLog*:Region'] = 'us-east-2'
$PSDefaultParameterValues['*-CwLog*:AccessKey'] = '{TestAccessKey}'
$PSDefaultParameterValues['*-CwLog*:SecretKey'] = '{TestSecretKey}'";
        }
        var result = Run(setup);
        if (result.Errors.Count > 0) throw new InvalidOperationException("Setup failed: " + result.Errors[0]);
    }

    public Runspace Runspace => _runspace;

    /// <summary>Runs a script; terminating errors are returned as the last error, not thrown.</summary>
    public PsResult Run(string script)
    {
        using var shell = System.Management.Automation.PowerShell.Create();
        shell.Runspace = _runspace;
        shell.AddScript(script);
        var output = new System.Collections.ObjectModel.Collection<PSObject>();
        var errors = new List<ErrorRecord>();
        try
        {
            output = shell.Invoke();
        }
        catch (RuntimeException ex)
        {
            errors.Add(ex.ErrorRecord);
        }
        errors.InsertRange(0, shell.Streams.Error);
        return new PsResult(
            output,
            errors,
            shell.Streams.Warning.Select(w => w.Message).ToList(),
            shell.Streams.Verbose.Select(v => v.Message).ToList(),
            shell.Streams.Debug.Select(d => d.Message).ToList(),
            shell.Streams.Information.Select(i => i.MessageData?.ToString() ?? "").ToList());
    }

    public void Dispose() => _runspace.Dispose();
}
