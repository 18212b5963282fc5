using System.Management.Automation;
using System.Management.Automation.Runspaces;

// Usage: CwLogs.ScriptHost <script.ps1> [arguments...]
// Writes each output object's string form to stdout and each error record to stderr;
// exits 1 when the script raised errors, 2 on bad usage.
if (args.Length < 1 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("usage: CwLogs.ScriptHost <script.ps1> [arguments...]");
    return 2;
}

using var shell = PowerShell.Create(InitialSessionState.CreateDefault2());
shell.AddScript(File.ReadAllText(args[0]));
foreach (var argument in args.Skip(1)) shell.AddArgument(argument);

try
{
    foreach (var item in shell.Invoke())
        Console.WriteLine(item?.ToString());
}
catch (RuntimeException ex)
{
    Console.Error.WriteLine(ex.ErrorRecord.ToString());
    return 1;
}

foreach (var error in shell.Streams.Error)
    Console.Error.WriteLine($"{error.FullyQualifiedErrorId}: {error}");
return shell.HadErrors ? 1 : 0;
